package id.bandung.kerjasama.calendar.ui;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Method;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import id.bandung.kerjasama.base.domain.ClockConfig;
import id.bandung.kerjasama.base.ui.Languages;
import id.bandung.kerjasama.calendar.CalendarEntry;
import id.bandung.kerjasama.calendar.CalendarEntry.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A calendar's entries as an iCalendar file (RFC 5545) through biweekly, which escapes what the texts hold (commas,
 * semicolons, backslashes, line breaks): one all-day event per entry, in Indonesian, leading to its record. An entry's
 * UID stays the same while its date moves (a report filed moves the next due date), so a subscribed calendar moves
 * the event instead of adding another.
 */
final class CalendarIcs {

    static final String CALENDAR_NAME = "Kerja Sama Bandung";
    static final String PRODUCT_ID = "-//Pemerintah Kota Bandung//Kerja Sama Bandung//ID";
    static final String UID_DOMAIN = "kerjasama.bandung.go.id";
    /** The language of the feed's texts: calendar programs show them as they are. */
    static final Locale LANGUAGE = Languages.INDONESIAN;

    private static final Map<Kind, String> UID_PREFIX =
            Map.of(Kind.END, "end", Kind.REPORT_DUE, "report", Kind.EXTENSION_DEADLINE, "extension");

    private CalendarIcs() {}

    /**
     * The file for {@code entries}, stamped {@code now}; {@code texts} gives the Indonesian text of a key with its
     * parameters, and {@code publicUrl} is where the records are.
     */
    static String write(
            List<CalendarEntry> entries, Instant now, String publicUrl, BiFunction<String, Object[], String> texts) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        calendar.setMethod(Method.publish());
        calendar.setExperimentalProperty("X-WR-CALNAME", CALENDAR_NAME);
        calendar.setExperimentalProperty("X-WR-TIMEZONE", ClockConfig.BANDUNG_ZONE);
        calendar.setExperimentalProperty("X-WR-CALDESC", texts.apply("calendar.feed.description", new Object[0]));
        Date stamp = Date.from(now);
        for (CalendarEntry entry : entries) {
            String url = publicUrl + "/agreements/" + entry.agreementId();
            VEvent event = new VEvent();
            event.setUid(UID_PREFIX.get(entry.kind()) + "-" + entry.agreementId() + "@" + UID_DOMAIN);
            event.setDateTimeStamp(stamp);
            event.setDateStart(new DateStart(day(entry.date())));
            event.setDateEnd(new DateEnd(day(entry.date().plusDays(1))));
            event.setSummary(texts.apply("calendar.feed.summary", new Object[] {
                texts.apply("calendar.kind." + entry.kind(), new Object[0]), entry.title()
            }));
            event.setDescription(texts.apply("calendar.feed.event-description", new Object[] {
                entry.title(),
                entry.partnerName(),
                texts.apply("category." + entry.category().name(), new Object[0]),
                url
            }));
            event.setUrl(url);
            event.setTransparency(true); // a reminder, not a meeting: it does not make anyone busy
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    /** A date without a time (VALUE=DATE): the same day wherever the calendar program is. */
    private static ICalDate day(LocalDate date) {
        return new ICalDate(new DateTimeComponents(date.getYear(), date.getMonthValue(), date.getDayOfMonth()), false);
    }
}
