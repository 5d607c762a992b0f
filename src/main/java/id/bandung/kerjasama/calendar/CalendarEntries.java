package id.bandung.kerjasama.calendar;

import java.util.List;

/** The first entries of a part of the calendar, in date order, and how many there are in all. */
public record CalendarEntries(List<CalendarEntry> entries, long total) {

    public CalendarEntries {
        entries = List.copyOf(entries);
    }

    /** How many entries there are beyond those given. */
    public long more() {
        return total - entries.size();
    }
}
