package id.bandung.kerjasama.report.ui;

import id.bandung.kerjasama.agreement.AgreementStatus;
import id.bandung.kerjasama.agreement.ComplianceCheck;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.Languages;
import id.bandung.kerjasama.base.ui.TranslationProvider;
import id.bandung.kerjasama.report.CategoryKey;
import id.bandung.kerjasama.report.ReportPeriod;
import id.bandung.kerjasama.report.ReportRow;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's texts in one language: labels from the translations, numbers and dates as that language writes them.
 * The files are always in Indonesian ({@link #indonesian}): the governor reads Indonesian.
 */
public final class ReportTexts {

    private final TranslationProvider translations;
    private final Locale locale;

    public ReportTexts(TranslationProvider translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    public static ReportTexts indonesian(TranslationProvider translations) {
        return new ReportTexts(translations, Languages.INDONESIAN);
    }

    public String text(String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    public String number(long value) {
        return Formats.number(value, locale);
    }

    /** "30 November 2026". */
    public String longDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(date);
    }

    /** "30 Nov 2026"; empty for none. */
    public String date(LocalDate date) {
        return Formats.date(date, locale);
    }

    /** "Semester I Tahun 2026", "Tahun 2026" (the year as text: a number would be written 2.026). */
    public String period(ReportPeriod period) {
        return text("report.period." + period.part().name(), String.valueOf(period.year()));
    }

    /** "KSDD — Kerja sama antardaerah (wajib)". */
    public String category(CategoryKey key) {
        String name = text("category." + key.category().name());
        return key.obligation() == null
                ? text("report.category", key.category().name(), name)
                : text(
                        "report.category.obligation",
                        key.category().name(),
                        name,
                        text("agreement.obligation." + key.obligation().name()).toLowerCase(locale));
    }

    /** "KSDD (wajib)", "KSDPL": the category's code, for narrow columns. */
    public String categoryCode(CategoryKey key) {
        return key.obligation() == null
                ? key.category().name()
                : key.category().name() + " ("
                        + text("agreement.obligation." + key.obligation().name())
                                .toLowerCase(locale) + ")";
    }

    public String status(AgreementStatus status) {
        return text("agreement.status." + status.name());
    }

    public String warning(ComplianceCheck check) {
        return text("compliance." + check.name());
    }

    /** "Terlambat (jatuh tempo 1 Mar 2026); laporan terakhir s.d. 28 Feb 2025", or "—" without a date to go by. */
    public String monev(ReportRow row) {
        List<String> parts = new ArrayList<>();
        if (row.monevOverdue()) {
            parts.add(text("report.monev.overdue", date(row.monevDueOn())));
        } else if (row.monevDueOn() != null) {
            parts.add(text("report.monev.due", date(row.monevDueOn())));
        }
        if (row.lastReportTo() != null) {
            parts.add(text("report.monev.last", date(row.lastReportTo())));
        } else {
            parts.add(text("report.monev.none"));
        }
        return String.join("; ", parts);
    }

    /** The open warnings' names, then the acknowledged ones marked so; empty when none. */
    public String warnings(ReportRow row) {
        List<String> names = new ArrayList<>();
        row.openWarnings().forEach(check -> names.add(warning(check)));
        row.acknowledged().forEach(check -> names.add(text("report.warning.acknowledged", warning(check))));
        return String.join("; ", names);
    }
}
