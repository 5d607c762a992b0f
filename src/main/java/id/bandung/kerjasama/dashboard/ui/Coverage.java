package id.bandung.kerjasama.dashboard.ui;

import com.vaadin.flow.component.Component;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.dashboard.BriefingReference;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The register's count against a figure of the 2017 briefing, as the dashboard and the presentation word it: "4 dari
 * 53 daerah tercatat" and its source, "Acuan: paparan Bandung Menjawab, 5 September 2017". The reference stays a line
 * of its own beside the count; it is never added to it.
 */
public final class Coverage {

    private Coverage() {}

    /**
     * "4 dari 53 daerah tercatat" ({@code coverage.regions}) or "3 dari ±300 aplikasi tercatat" ({@code
     * coverage.software}).
     */
    public static String line(
            Component component, Locale locale, String key, BriefingReference reference, long recorded) {
        String figure = (reference.approximate() ? "±" : "") + Formats.number(reference.figure(), locale);
        return component.getTranslation("coverage." + key, Formats.number(recorded, locale), figure);
    }

    /** "Acuan: paparan Bandung Menjawab, 5 September 2017". */
    public static String source(Component component, Locale locale) {
        return component.getTranslation(
                "coverage.source",
                BriefingReference.EVENT,
                DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(BriefingReference.DATE));
    }
}
