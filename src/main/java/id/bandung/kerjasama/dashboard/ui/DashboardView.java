package id.bandung.kerjasama.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import id.bandung.kerjasama.agreement.AgreementStatus;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.base.domain.FilterParameters;
import id.bandung.kerjasama.base.ui.FilterFields;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.LightText;
import id.bandung.kerjasama.base.ui.UrlState;
import id.bandung.kerjasama.dashboard.BriefingReference;
import id.bandung.kerjasama.dashboard.CompletenessQueries;
import id.bandung.kerjasama.dashboard.DashboardFigures;
import id.bandung.kerjasama.dashboard.DashboardFilter;
import id.bandung.kerjasama.dashboard.DashboardService;
import id.bandung.kerjasama.dashboard.HeadlineFigures;
import id.bandung.kerjasama.dashboard.PartnerLocations;
import id.bandung.kerjasama.live.Following;
import id.bandung.kerjasama.live.LiveUpdates;
import id.bandung.kerjasama.live.Topic;
import id.bandung.kerjasama.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The dashboard the mayor's office keeps open: headline numbers and charts, all counted by PostgreSQL, each leading
 * to the records behind it. A period and a category narrow it, in the URL ({@code ?from=2015&to=2020&category=KSDD}).
 * The view appears at once with placeholders; the figures load off the session lock and fill in through server push,
 * so they never hold up the page.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "home.menu")
@PermitAll
public class DashboardView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final ComboBox<Integer> fromYear = new ComboBox<>();
    final ComboBox<Integer> toYear = new ComboBox<>();
    final ComboBox<Category> category = new ComboBox<>();
    final DashboardCharts charts;
    final MapCard map = new MapCard();
    /** What the register lacks; only for users who can edit (staff and admin), otherwise null. */
    final CompletenessPanel completeness;

    private final Clock clock;
    private final Following following;
    private final FilterFields filterFields = new FilterFields(this::filterChanged);
    private final Paragraph updated = new Paragraph();
    private final Map<String, Card> cards = new LinkedHashMap<>();
    /** Read by the load, off the session lock. */
    private volatile DashboardFilter filter = DashboardFilter.none();

    DashboardView(
            DashboardService dashboard,
            CompletenessQueries completenessQueries,
            CurrentUser currentUser,
            Clock clock,
            LiveUpdates live) {
        this.clock = clock;
        this.charts = new DashboardCharts(this::open);
        addClassNames("dashboard-view", "loading");

        Paragraph intro = LightText.set(new Paragraph(), getTranslation("dashboard.intro"));
        intro.addClassName("view-intro");
        updated.addClassName("updated");
        updated.getElement().setAttribute("aria-live", "polite");
        Div heading = new Div(new Div(intro, updated), filters());
        heading.addClassName("view-heading");

        card("partners", "partners", Map.of());
        card("regions", "agreements", Map.of("category", "KSDD"));
        card("sister-cities", "agreements", Map.of("category", "KSDPL"));
        card("institutions", "agreements", Map.of("category", "KSDLL"));
        card("active", "agreements", Map.of("status", AgreementStatus.ACTIVE.name()));
        card("expiring", "agreements", Map.of("status", AgreementStatus.EXPIRING.name()));
        card("software", "software", Map.of());
        card("adoptions", "adoptions", Map.of("status", "ADOPTED"));
        card("adopting-regions", "adoptions", Map.of("status", "ADOPTED"));
        card("monev", "agreements", Map.of("issue", "NO_MONEV_12M"));
        Div cardGrid = new Div();
        cardGrid.addClassName("kpi-grid");
        cards.values().forEach(card -> cardGrid.add(card.view()));

        add(heading, section("dashboard.section.figures", cardGrid));
        if (currentUser.canEdit()) {
            completeness = new CompletenessPanel(completenessQueries, live);
            add(section("completeness.title", completeness));
        } else {
            completeness = null;
        }
        add(section("dashboard.section.charts", charts), section("dashboard.section.map", map));
        // The figures and the map load once attached, and a save anywhere shows here within a second, keeping the
        // filters and the scroll position.
        following = live.follow(
                this,
                () -> {
                    DashboardFilter now = filter;
                    return new Loaded(dashboard.figures(now), dashboard.locations(now));
                },
                this::show,
                Topic.RECORDS);
    }

    private Div filters() {
        List<Integer> years = IntStream.rangeClosed(
                        DashboardFilter.FIRST_YEAR, LocalDate.now(clock).getYear())
                .boxed()
                .sorted((a, b) -> b - a)
                .toList();
        fromYear.setItems(years);
        fromYear.setPlaceholder(getTranslation("dashboard.filter.from"));
        fromYear.setAriaLabel(getTranslation("dashboard.filter.from"));
        toYear.setItems(years);
        toYear.setPlaceholder(getTranslation("dashboard.filter.to"));
        toYear.setAriaLabel(getTranslation("dashboard.filter.to"));
        category.setItems(Category.values());
        category.setItemLabelGenerator(value -> value.name() + " · " + getTranslation("category." + value.name()));
        category.setPlaceholder(getTranslation("dashboard.filter.category"));
        category.setAriaLabel(getTranslation("dashboard.filter.category"));
        List.of(fromYear, toYear, category).forEach(field -> {
            field.setClearButtonVisible(true);
            field.addClassName("dashboard-filter");
        });
        filterFields.add(fromYear, toYear, category);
        Div filters = new Div(fromYear, toYear, category, filterFields.clearButton());
        filters.addClassName("filter-bar");
        filters.getElement().setAttribute("role", "search");
        return filters;
    }

    /**
     * A card that links to {@code list} with {@code parameters} and the dashboard's filter (see {@link #query}); its
     * link is set on entering the view ({@link #updateLinks}).
     */
    private void card(String key, String list, Map<String, String> parameters) {
        KpiCard view = new KpiCard(
                "kpi-" + key,
                getTranslation("dashboard.card." + key),
                getTranslation("dashboard.card." + key + ".caption"));
        view.setValue(KpiCard.PLACEHOLDER);
        cards.put(key, new Card(view, list, parameters));
    }

    /** A headline card and where it leads: a list and its filter, plus the dashboard's period and category. */
    private record Card(KpiCard view, String list, Map<String, String> parameters) {}

    private Section section(String titleKey, Component content) {
        H2 title = LightText.set(new H2(), getTranslation(titleKey));
        title.addClassName("section-title");
        return new Section(title, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = DashboardFilter.fromParameters(
                event.getLocation().getQueryParameters().getParameters());
        filterFields.fill(() -> {
            fromYear.setValue(filter.fromYear());
            toYear.setValue(filter.toYear());
            category.setValue(filter.category());
        });
        updateLinks();
        reload(); // the same view, entered again with another period or category
    }

    private void filterChanged() {
        filter = new DashboardFilter(fromYear.getValue(), toYear.getValue(), category.getValue());
        UrlState.replace("", filter.toParameters());
        updateLinks();
        reload();
    }

    /** Loads the figures for the filter now; the view shows that it is loading until they arrive. */
    private void reload() {
        addClassName("loading");
        following.reload();
    }

    /** The cards lead to their records with the dashboard's period and category. */
    private void updateLinks() {
        cards.values().forEach(card -> {
            String query = query(card.list(), card.parameters()).getQueryString();
            card.view().setHref(query.isEmpty() ? card.list() : card.list() + "?" + query);
        });
    }

    /** What one load brings: the figures and the partners on the map, for the same filter. */
    private record Loaded(DashboardFigures figures, PartnerLocations locations) {}

    private void show(Loaded loaded) {
        show(loaded.figures());
        map.show(loaded.locations());
    }

    /** Shows newly loaded figures; the first ones end the loading state. */
    private void show(DashboardFigures all) {
        HeadlineFigures figures = all.headline();
        set("partners", figures.partners());
        set("regions", figures.indonesianRegions());
        set("sister-cities", figures.sisterCities());
        set("institutions", figures.foreignInstitutions());
        set("active", figures.active());
        set("expiring", figures.expiring());
        set("software", figures.software());
        set("adoptions", figures.adoptions());
        set("adopting-regions", figures.adoptingRegions());
        set("monev", figures.monevOverdue());
        cards.get("monev")
                .view()
                .setReference(
                        getTranslation(
                                "dashboard.card.monev.reported",
                                Formats.number(figures.monevReported(), getLocale()),
                                Formats.number(figures.inForce(), getLocale())),
                        "");
        // The briefing's figures beside the register's own; a narrowed period or category counts fewer regions than
        // the briefing's total could be compared with.
        reference("regions", BriefingReference.REGIONS, figures.indonesianRegions(), filter.isNone());
        reference("software", BriefingReference.SOFTWARE, figures.software(), true);
        charts.show(all);
        LightText.set(updated, getTranslation("home.updated", Formats.dateTime(all.computedAt(), getLocale())));
        removeClassName("loading");
    }

    private void set(String card, long value) {
        cards.get(card).view().setValue(Formats.number(value, getLocale()));
    }

    private void reference(String card, BriefingReference reference, long recorded, boolean comparable) {
        cards.get(card)
                .view()
                .setReference(
                        comparable ? Coverage.line(this, getLocale(), card, reference, recorded) : null,
                        comparable ? Coverage.source(this, getLocale()) : null);
    }

    /** Opens a list with the given filter, adding the dashboard's period and category where the list has them. */
    void open(String list, Map<String, String> parameters) {
        UI.getCurrent().navigate(list, query(list, parameters));
    }

    private QueryParameters query(String list, Map<String, String> parameters) {
        FilterParameters.Builder query = FilterParameters.builder();
        parameters.forEach(query::put);
        if (list.equals("agreements")) {
            if (!parameters.containsKey("category")) {
                query.put("category", filter.category());
            }
            if (!parameters.containsKey("from")) {
                query.put("from", filter.fromDate());
                query.put("to", filter.toDate());
            }
        }
        return new QueryParameters(query.build());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
