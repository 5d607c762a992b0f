package id.bandung.kerjasama.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.ui.AgreementListView;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.LightText;
import id.bandung.kerjasama.base.ui.chart.ChartCard;
import id.bandung.kerjasama.base.ui.chart.ChartClickEvent;
import id.bandung.kerjasama.base.ui.chart.ChartSeries;
import id.bandung.kerjasama.dashboard.DashboardFilter;
import id.bandung.kerjasama.dashboard.DashboardService;
import id.bandung.kerjasama.dashboard.HeadlineFigures;
import id.bandung.kerjasama.dashboard.ui.DashboardChartSpecs.Kind;
import id.bandung.kerjasama.live.ServerPush;
import id.bandung.kerjasama.partner.ui.PartnerListView;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.SignIn;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@CommittingTest // the view loads its figures off the UI thread, in transactions of their own
class DashboardViewTest extends KaribuTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @Autowired
    DashboardService dashboard;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void cards_show_the_databases_figures_in_indonesian_number_format() {
        DashboardView view = openDashboard("");
        HeadlineFigures figures = SignIn.as(Roles.VIEWER, () -> dashboard.figures(DashboardFilter.none()))
                .headline();
        assertThat(value("kpi-partners")).isEqualTo(Formats.number(figures.partners(), INDONESIAN));
        assertThat(value("kpi-sister-cities")).isEqualTo(Formats.number(figures.sisterCities(), INDONESIAN));
        assertThat(value("kpi-software")).isEqualTo(Formats.number(figures.software(), INDONESIAN));
        long partners = jdbc.queryForObject("select count(*) from partner", Long.class);
        assertThat(value("kpi-partners")).isEqualTo(Formats.number(partners, INDONESIAN));
        assertThat(view.getClassNames()).doesNotContain("loading");
    }

    @Test
    void chart_series_equal_the_databases_counts() {
        DashboardView view = openDashboard("");
        ChartSeries categories =
                view.charts.card(Kind.CATEGORIES).spec().series().get(0);
        assertThat(view.charts.card(Kind.CATEGORIES).spec().categories())
                .containsExactly("KSDD wajib", "KSDD sukarela", "KSDPK", "KSDPL", "KSDLL");
        long sisterCityAgreements =
                jdbc.queryForObject("select count(*) from agreement where category = 'KSDPL'", Long.class);
        assertThat(categories.data().get(3)).isEqualTo(sisterCityAgreements);
        long mandatory = jdbc.queryForObject(
                "select count(*) from agreement where category = 'KSDD' and obligation = 'WAJIB'", Long.class);
        assertThat(categories.data().get(0)).isEqualTo(mandatory);

        var countries = view.charts.card(Kind.COUNTRIES).spec();
        assertThat(countries.categories().get(0)).isEqualTo("Indonesia");
        long indonesian = jdbc.queryForObject("select count(*) from partner where country = 'ID'", Long.class);
        assertThat(countries.series().get(0).data().get(0)).isEqualTo(indonesian);
    }

    @Test
    void a_click_on_a_slice_opens_the_matching_filtered_list() {
        DashboardView view = openDashboard("");
        var chart = view.charts.card(Kind.CATEGORIES).chart();
        ComponentUtil.fireEvent(chart, new ChartClickEvent(chart, true, 0, 3));

        assertThat(_get(AgreementListView.class)).isNotNull();
        assertThat(location()).isEqualTo("agreements?category=KSDPL");
    }

    @Test
    void a_click_on_a_country_bar_opens_that_countrys_partners() {
        DashboardView view = openDashboard("");
        var chart = view.charts.card(Kind.COUNTRIES).chart();
        ComponentUtil.fireEvent(chart, new ChartClickEvent(chart, true, 0, 0));

        assertThat(_get(PartnerListView.class)).isNotNull();
        assertThat(location()).isEqualTo("partners?country=ID");
    }

    @Test
    void a_card_links_to_its_records_with_the_dashboards_period_and_category() {
        signIn("pimpinan");
        navigate("?from=2015&to=2020&category=KSDD"); // before the figures arrive, the links already carry the filter
        KpiCard active = _get(KpiCard.class, spec -> spec.withId("kpi-active"));
        assertLink(active, "agreements", "status=ACTIVE&category=KSDD&from=2015-01-01&to=2020-12-31");
        assertThat(active.getElement().hasAttribute("router-link")).isTrue(); // navigates within the app

        String[] href = active.getHref().split("\\?", 2);
        UI.getCurrent().navigate(href[0], QueryParameters.fromString(href[1])); // what the browser does with the link
        assertThat(_get(AgreementListView.class)).isNotNull();
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getParameters())
                .isEqualTo(QueryParameters.fromString("status=ACTIVE&category=KSDD&from=2015-01-01&to=2020-12-31")
                        .getParameters());
    }

    @Test
    void card_links_follow_a_changed_filter() {
        DashboardView view = openDashboard("");
        assertLink(_get(KpiCard.class, spec -> spec.withId("kpi-sister-cities")), "agreements", "category=KSDPL");
        view.fromYear.setValue(2010); // as the user picks a year
        assertLink(
                _get(KpiCard.class, spec -> spec.withId("kpi-sister-cities")),
                "agreements",
                "category=KSDPL&from=2010-01-01");
        assertThat(_get(KpiCard.class, spec -> spec.withId("kpi-partners")).getHref())
                .isEqualTo("partners");
    }

    @Test
    void the_monev_card_counts_overdue_reports_and_leads_to_the_agreements_with_that_warning() {
        openDashboard("");
        HeadlineFigures figures = SignIn.as(Roles.VIEWER, () -> dashboard.figures(DashboardFilter.none()))
                .headline();
        KpiCard monev = _get(KpiCard.class, spec -> spec.withId("kpi-monev"));
        assertThat(value("kpi-monev")).isEqualTo(Formats.number(figures.monevOverdue(), INDONESIAN));
        assertThat(monev.getReference())
                .isEqualTo(Formats.number(figures.monevReported(), INDONESIAN) + " dari "
                        + Formats.number(figures.inForce(), INDONESIAN)
                        + " kerja sama berlaku dilaporkan dalam 12 bulan terakhir");
        assertLink(monev, "agreements", "issue=NO_MONEV_12M");
    }

    @Test
    void the_period_and_category_live_in_the_url_and_narrow_the_figures() {
        DashboardView view = openDashboard("?from=1990&to=1991&category=KSDLL");
        assertThat(view.fromYear.getValue()).isEqualTo(1990);
        assertThat(view.category.getValue()).isEqualTo(Category.KSDLL);
        assertThat(value("kpi-partners")).isEqualTo("0");
        assertThat(view.charts.card(Kind.STATUSES).spec().hasData()).isFalse();
    }

    @Test
    void before_its_first_figures_a_chart_has_no_number_table_to_show() {
        signIn("pimpinan");
        ChartCard card = new ChartCard("chart-uji", "Uji");
        Button toggle = _get(card, Button.class, spec -> spec.withClasses("chart-table-toggle"));
        toggle.click();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(_find(card, NativeTable.class)).isEmpty();
    }

    @Test
    void the_number_table_exists_only_while_shown_and_an_empty_chart_says_so() {
        DashboardView view = openDashboard("");
        ChartCard countries = view.charts.card(Kind.COUNTRIES);
        Button toggle = _get(countries, Button.class, spec -> spec.withClasses("chart-table-toggle"));
        assertThat(_find(countries, NativeTable.class)).isEmpty();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");

        _click(toggle);
        NativeTable table = _get(countries, NativeTable.class);
        assertThat(table.getElement().getTextRecursively()).contains("Indonesia");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        _click(toggle);
        assertThat(_find(countries, NativeTable.class)).isEmpty();

        ChartCard briefingStatuses = _get(DashboardView.class).charts.card(Kind.STATUSES);
        assertThat(LightText.get(
                        _get(briefingStatuses, Paragraph.class, spec -> spec.withId("chart-statuses-summary"))))
                .contains("Tanggal belum dicatat 21")
                .doesNotContain("Draf");

        openDashboard("?from=1990&to=1991&category=KSDLL");
        ChartCard statuses = _get(DashboardView.class).charts.card(Kind.STATUSES);
        Paragraph summary = _get(statuses, Paragraph.class, spec -> spec.withId("chart-statuses-summary"));
        assertThat(summary.getClassNames()).contains("chart-empty").doesNotContain("chart-summary");
        assertThat(LightText.get(summary)).isEqualTo("Belum ada data untuk grafik ini.");
    }

    private DashboardView openDashboard(String query) {
        signIn("pimpinan");
        navigate(query.isEmpty() ? "" : query);
        DashboardView view = _get(DashboardView.class);
        ServerPush.awaitUntil(() -> !view.hasClassName("loading")); // the first figures, pushed once loaded
        return view;
    }

    /** The card's link leads to {@code path} with exactly the parameters of {@code query}, in any order. */
    private static void assertLink(KpiCard card, String path, String query) {
        String[] href = card.getHref().split("\\?", 2);
        assertThat(href[0]).isEqualTo(path);
        assertThat(QueryParameters.fromString(href.length > 1 ? href[1] : "").getParameters())
                .isEqualTo(QueryParameters.fromString(query).getParameters());
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static String value(String cardId) {
        return _get(KpiCard.class, spec -> spec.withId(cardId)).getValue();
    }
}
