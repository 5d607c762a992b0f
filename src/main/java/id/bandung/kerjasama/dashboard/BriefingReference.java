package id.bandung.kerjasama.dashboard;

import java.time.LocalDate;

/**
 * A figure the city reported in its briefing at Bandung Menjawab (Balai Kota Bandung, 5 September 2017; docs/DESIGN.md
 * section 2), shown beside the register's own count as a sourced reference ("4 of 53 regions recorded"), never added
 * to it: the register holds what has been entered, the briefing what the city said it had. The one place these numbers
 * and their source are written; the dashboard and the presentation both use it.
 *
 * @param figure      the number reported
 * @param approximate the briefing said "about" (shown as ±300)
 */
public record BriefingReference(long figure, boolean approximate) {

    /** Cooperating cities and regencies in Indonesia: 53. */
    public static final BriefingReference REGIONS = new BriefingReference(53, false);
    /** Applications shared with other regions: about 300. */
    public static final BriefingReference SOFTWARE = new BriefingReference(300, true);

    /** The occasion, as the source names it. */
    public static final String EVENT = "Bandung Menjawab";

    public static final String PLACE = "Balai Kota Bandung";
    public static final LocalDate DATE = LocalDate.of(2017, 9, 5);
}
