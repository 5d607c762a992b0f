package id.bandung.kerjasama.calendar;

import id.bandung.kerjasama.agreement.Category;
import java.time.LocalDate;

/** One date in the calendar: what falls due on it, for which agreement, with what the screen and the feed show. */
public record CalendarEntry(
        LocalDate date, Kind kind, long agreementId, String title, String partnerName, Category category) {

    /** What falls due. */
    public enum Kind {
        /** The agreement's end date. */
        END,
        /** The next Monev report is due ({@link id.bandung.kerjasama.monitoring.MonevDue}). */
        REPORT_DUE,
        /** The day by which the extension should be proposed ({@link CalendarQueries#EXTENSION_LEAD} before the end). */
        EXTENSION_DEADLINE
    }
}
