package id.bandung.kerjasama.calendar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.LightText;
import id.bandung.kerjasama.base.ui.UrlState;
import id.bandung.kerjasama.calendar.CalendarEntries;
import id.bandung.kerjasama.calendar.CalendarEntry;
import id.bandung.kerjasama.calendar.CalendarEntry.Kind;
import id.bandung.kerjasama.calendar.CalendarFeedService;
import id.bandung.kerjasama.calendar.CalendarQueries;
import id.bandung.kerjasama.live.Following;
import id.bandung.kerjasama.live.LiveUpdates;
import id.bandung.kerjasama.live.Topic;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What falls due in the coming months (decision 023): agreements' end dates, Monev report due dates and the days by
 * which extensions should be proposed, grouped by month, with what is already late at the top; each entry leads to
 * its agreement. Below, the user's personal calendar feed for Outlook or Google Calendar.
 */
@Route("calendar")
@Menu(order = 50, icon = "vaadin:calendar", title = "calendar.menu")
@PermitAll
public class CalendarView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String PATH = "calendar";
    static final List<Integer> MONTH_CHOICES = List.of(3, 6, 12);
    static final int DEFAULT_MONTHS = 6;
    /** The most entries a screen shows of each part; the rest are counted (a register of sample volume has many). */
    static final int SHOWN_UPCOMING = 300;

    static final int SHOWN_OVERDUE = 50;

    private static final Map<Kind, String> BADGE_THEME =
            Map.of(Kind.END, "badge error", Kind.REPORT_DUE, "badge", Kind.EXTENSION_DEADLINE, "badge contrast");

    final RadioButtonGroup<Integer> months = new RadioButtonGroup<>();
    final Div entries = new Div();
    final CalendarFeedPanel feed;
    private final Following following;
    /** Read by the load, off the session lock. */
    private volatile int monthsShown = DEFAULT_MONTHS;

    CalendarView(CalendarQueries calendar, CalendarFeedService feeds, Clock clock, LiveUpdates live) {
        addClassNames("list-view", "calendar-view", "loading");
        getStyle().set("height", "auto");

        Paragraph intro = LightText.set(new Paragraph(), getTranslation("calendar.intro"));
        intro.addClassName("view-intro");
        months.setLabel(getTranslation("calendar.months"));
        months.setItems(MONTH_CHOICES);
        months.setItemLabelGenerator(value -> getTranslation("calendar.months.choice", value));
        months.setValue(DEFAULT_MONTHS);
        months.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                monthsShown = event.getValue();
                UrlState.replace(
                        PATH,
                        monthsShown == DEFAULT_MONTHS
                                ? Map.of()
                                : Map.of("months", List.of(String.valueOf(monthsShown))));
                reload();
            }
        });
        Div toolbar = new Div(intro, months);
        toolbar.addClassName("view-toolbar");

        entries.addClassNames("calendar-entries", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        entries.getStyle().set("gap", "var(--lumo-space-l)");
        entries.getElement().setAttribute("aria-live", "polite");
        feed = new CalendarFeedPanel(feeds);

        add(toolbar, entries, feed);
        following = live.follow(
                this,
                () -> {
                    LocalDate today = LocalDate.now(clock);
                    LocalDate until = today.plusMonths(monthsShown);
                    return new Loaded(
                            calendar.overdue(SHOWN_OVERDUE), calendar.upcoming(until, SHOWN_UPCOMING), monthsShown);
                },
                this::show,
                EnumSet.of(Topic.AGREEMENTS, Topic.PARTNERS));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int requested = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("months")
                .flatMap(CalendarView::parse)
                .filter(MONTH_CHOICES::contains)
                .orElse(DEFAULT_MONTHS);
        if (requested != monthsShown) {
            monthsShown = requested;
            months.setValue(requested);
            if (isAttached()) { // otherwise attaching loads
                reload();
            }
        }
    }

    private void reload() {
        following.reload();
    }

    private static Optional<Integer> parse(String value) {
        try {
            return Optional.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void show(Loaded loaded) {
        removeClassName("loading");
        entries.removeAll();
        if (loaded.overdue().total() > 0) {
            entries.add(overdue(loaded.overdue()));
        }
        Map<YearMonth, List<CalendarEntry>> byMonth = new LinkedHashMap<>();
        loaded.upcoming()
                .entries()
                .forEach(entry -> byMonth.computeIfAbsent(YearMonth.from(entry.date()), month -> new ArrayList<>())
                        .add(entry));
        byMonth.forEach((month, monthEntries) -> entries.add(group(Formats.month(month, getLocale()), monthEntries)));
        if (loaded.upcoming().more() > 0) {
            entries.add(note(getTranslation(
                    "calendar.more-later", Formats.number(loaded.upcoming().more(), getLocale()))));
        }
        if (loaded.overdue().total() == 0 && loaded.upcoming().total() == 0) {
            Paragraph empty = note(getTranslation("calendar.empty", loaded.months()));
            empty.addClassName("calendar-empty");
            entries.add(empty);
        }
    }

    /** What is late, under a heading in the error colour, and how many more there are. */
    private Section overdue(CalendarEntries part) {
        Section section = group(getTranslation("calendar.overdue"), part.entries());
        section.addClassName("calendar-overdue");
        section.getStyle().set("--calendar-heading-color", "var(--lumo-error-text-color)");
        if (part.more() > 0) {
            // Late reports are also a compliance warning, whose list shows them all.
            Anchor all = new Anchor("agreements?issue=NO_MONEV_12M", getTranslation("calendar.overdue.reports"));
            all.getElement().setAttribute("router-link", true);
            Paragraph more = note(getTranslation("calendar.overdue.more", Formats.number(part.more(), getLocale())));
            section.add(more, all);
        }
        return section;
    }

    /** A month's (or the late) entries under its heading; each entry is one link, its texts markup (decision 011). */
    private Section group(String title, List<CalendarEntry> monthEntries) {
        H2 heading = LightText.set(new H2(), title);
        heading.addClassNames(
                "calendar-heading",
                LumoUtility.FontSize.LARGE,
                LumoUtility.Margin.Bottom.SMALL,
                LumoUtility.Margin.Top.NONE);
        heading.getStyle().set("color", "var(--calendar-heading-color, inherit)");
        Div list = new Div();
        list.addClassNames("calendar-list", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        list.getElement().setAttribute("role", "list");
        monthEntries.forEach(entry -> list.add(link(entry)));
        Section section = new Section(heading, list);
        section.addClassName("calendar-group");
        return section;
    }

    private Component link(CalendarEntry entry) {
        Anchor link = new Anchor("agreements/" + entry.agreementId());
        link.getElement().setAttribute("router-link", true);
        link.getElement().setAttribute("role", "listitem");
        link.addClassNames(
                "calendar-entry",
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.AlignItems.BASELINE,
                LumoUtility.Padding.Vertical.SMALL,
                LumoUtility.Padding.Horizontal.SMALL,
                LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.TextColor.BODY);
        link.getStyle().set("gap", "var(--lumo-space-xs) var(--lumo-space-m)").set("text-decoration", "none");
        LightText.markup(
                link,
                "<span class=\"calendar-date\" style=\"min-width:7.5em;font-variant-numeric:tabular-nums\">"
                        + LightText.escape(Formats.date(entry.date(), getLocale())) + "</span>"
                        + "<span class=\"calendar-kind\" style=\"min-width:15em\" theme=\""
                        + BADGE_THEME.get(entry.kind()) + "\">"
                        + LightText.escape(getTranslation("calendar.kind." + entry.kind())) + "</span>"
                        + "<span style=\"display:flex;flex-wrap:wrap;align-items:baseline;flex:1 1 20em;"
                        + "column-gap:var(--lumo-space-m)\">"
                        + "<span class=\"calendar-title\" style=\"font-weight:600;color:var(--lumo-primary-text-color)\">"
                        + LightText.escape(entry.title()) + "</span>"
                        + LightText.span(
                                "calendar-partner text-secondary",
                                entry.partnerName() + " · " + getTranslation("category." + entry.category()))
                        + "</span>");
        return link;
    }

    private static Paragraph note(String text) {
        Paragraph note = LightText.set(new Paragraph(), text);
        note.addClassNames("calendar-note", LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        return note;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title");
    }

    record Loaded(CalendarEntries overdue, CalendarEntries upcoming, int months) {}
}
