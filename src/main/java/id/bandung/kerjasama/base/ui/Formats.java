package id.bandung.kerjasama.base.ui;

import id.bandung.kerjasama.base.domain.ClockConfig;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/** Numbers and times as people read them in the UI's language: 1.234 and 21.50 in Indonesian. */
public final class Formats {

    private Formats() {}

    public static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A file's size: "1,5 MB" or "12 KB" (Indonesian), "1.5 MB" (English); at least 1 KB. */
    public static String bytes(long bytes, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return bytes >= 1024 * 1024
                ? format.format(bytes / (1024.0 * 1024)) + " MB"
                : format.format(Math.max(1, bytes / 1024.0)) + " KB";
    }

    /** "27 November 2026 21.50" (Indonesian) or "27 November 2026 21:50" (English), in Bandung's time. */
    public static String dateTime(Instant instant, Locale locale) {
        var local = instant.atZone(ClockConfig.BANDUNG);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(local) + " "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(local);
    }

    /** "27 Nov 2026": a date in the UI's language; empty for none. */
    public static String date(TemporalAccessor date, Locale locale) {
        if (date == null) {
            return "";
        }
        TemporalAccessor local = date instanceof Instant instant ? instant.atZone(ClockConfig.BANDUNG) : date;
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(local);
    }

    /** "Januari 2027" (Indonesian) or "January 2027" (English): a month as a heading names it. */
    public static String month(YearMonth month, Locale locale) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
    }

    public static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .format(instant.atZone(ClockConfig.BANDUNG));
    }
}
