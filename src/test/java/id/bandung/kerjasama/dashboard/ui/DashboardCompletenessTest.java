package id.bandung.kerjasama.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import id.bandung.kerjasama.agreement.AgreementFilter;
import id.bandung.kerjasama.agreement.AgreementGap;
import id.bandung.kerjasama.agreement.AgreementQueries;
import id.bandung.kerjasama.agreement.ui.AgreementListView;
import id.bandung.kerjasama.base.ui.FilterChip;
import id.bandung.kerjasama.base.ui.ListLayout;
import id.bandung.kerjasama.dashboard.DashboardFilter;
import id.bandung.kerjasama.dashboard.DashboardService;
import id.bandung.kerjasama.live.LiveUpdates;
import id.bandung.kerjasama.live.ServerPush;
import id.bandung.kerjasama.partner.PartnerGap;
import id.bandung.kerjasama.partner.ui.PartnerListView;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's completeness panel (staff only, counts as by hand, links to the filtered lists, live) and the
 * briefing's reference figures beside the register's own counts.
 */
@CommittingTest // the view loads its figures off the UI thread, in transactions of their own
class DashboardCompletenessTest extends KaribuTest {

    private static final String SOURCE = "Acuan: paparan Bandung Menjawab, 5 September 2017";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DashboardService dashboard;

    @Autowired
    AgreementQueries agreements;

    @Autowired
    LiveUpdates live;

    @Autowired
    Records records;

    @Test
    void staff_see_what_the_register_lacks_counted_as_by_hand_each_linking_to_its_list() {
        CompletenessPanel panel = openAs("staf").completeness;

        long undated = count("select count(*) from agreement where signed_on is null and stage = 'IN_FORCE'");
        assertThat(undated).isEqualTo(21); // the briefing's facts, all in force without a date
        assertLine(panel, "agreements?missing=SIGNING_DATE", "Naskah tanpa tanggal tanda tangan", "21");
        assertLine(
                panel,
                "agreements?missing=NUMBER",
                "Naskah tanpa nomor",
                Long.toString(count("select count(*) from agreement where bandung_number is null")));
        assertLine(
                panel,
                "agreements?missing=DOCUMENT_KIND",
                "Naskah tanpa jenis dokumen",
                Long.toString(count("select count(*) from agreement where document_kind is null")));
        assertLine(panel, "agreements?missing=DOCUMENT", "Naskah tanpa dokumen", "21");
        assertThat(count("select count(*) from partner where latitude is null or longitude is null"))
                .isZero(); // the briefing's partners carry their cities' coordinates
        assertLine(panel, "partners?missing=COORDINATES", "Mitra tanpa koordinat", "✓ lengkap");
        assertThat(count("select count(*) from partner where country = 'ID' and province is null"))
                .isZero();
        assertLine(panel, "partners?missing=PROVINCE", "Mitra Indonesia tanpa provinsi", "✓ lengkap");
        assertThat(panel.line("partners?missing=PROVINCE").getClassNames()).contains("complete");
        assertThat(panel.line("agreements?missing=NUMBER").getElement().hasAttribute("router-link"))
                .isTrue();

        // Each count is what its list then shows.
        assertThat(SignIn.as(
                        Roles.STAFF,
                        () -> agreements.count(new AgreementFilter(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                AgreementGap.DOCUMENT))))
                .isEqualTo(21);
    }

    @Test
    void admin_see_the_panel_and_the_viewer_does_not() {
        assertThat(openAs("admin").completeness).isNotNull();
        _get(CompletenessPanel.class);

        tearDownVaadin();
        setUpVaadin();
        DashboardView viewer = openAs("pimpinan");
        assertThat(viewer.completeness).isNull();
        _assertNone(CompletenessPanel.class);
    }

    @Test
    void a_partner_gap_link_opens_the_partner_list_filtered_by_it_with_a_chip_that_says_so() {
        CompletenessPanel panel = openAs("staf").completeness;
        follow(panel.line("partners?missing=COORDINATES").getHref());

        assertThat(_get(PartnerListView.class)).isNotNull();
        assertThat(location()).isEqualTo("partners?missing=COORDINATES");
        long withoutCoordinates = count("select count(*) from partner where latitude is null or longitude is null");
        assertThat(_get(ListLayout.class).getCount()).isEqualTo(withoutCoordinates + " mitra");
        @SuppressWarnings("unchecked")
        FilterChip<PartnerGap> chip = _get(FilterChip.class);
        assertThat(chip.isVisible()).isTrue();
        assertThat(chip.getText()).isEqualTo("Tanpa koordinat");
    }

    @Test
    void an_agreement_gap_link_opens_the_agreement_list_filtered_by_it() {
        CompletenessPanel panel = openAs("staf").completeness;
        follow(panel.line("agreements?missing=SIGNING_DATE").getHref());

        assertThat(_get(AgreementListView.class)).isNotNull();
        assertThat(location()).isEqualTo("agreements?missing=SIGNING_DATE");
        assertThat(_get(ListLayout.class).getCount()).startsWith("21 ");
    }

    @Test
    void the_panel_follows_a_new_partner() {
        await().atMost(Duration.ofSeconds(15)).until(live::isListening);
        CompletenessPanel panel = openAs("staf").completeness;
        assertThat(count("select count(*) from partner where latitude is null or longitude is null"))
                .isZero();
        assertThat(panel.line("partners?missing=COORDINATES").count()).isEqualTo("✓ lengkap");

        records.city(Records.unique("Kota Tanpa Peta")); // no coordinates

        ServerPush.awaitUntil(
                () -> panel.line("partners?missing=COORDINATES").count().equals("1"));
    }

    @Test
    void the_region_and_software_cards_compare_with_the_briefing_and_name_its_source() {
        var headline = SignIn.as(Roles.VIEWER, () -> dashboard.figures(DashboardFilter.none()))
                .headline();
        assertThat(headline.indonesianRegions()).isEqualTo(4); // the four bordering regions of the facts
        assertThat(headline.software()).isEqualTo(3);

        openAs("pimpinan");
        KpiCard regions = _get(KpiCard.class, spec -> spec.withId("kpi-regions"));
        assertThat(regions.getValue()).isEqualTo("4"); // the register's own count stays the figure
        assertThat(regions.getReference()).isEqualTo("4 dari 53 daerah tercatat");
        assertThat(regions.getSource()).isEqualTo(SOURCE);
        KpiCard software = _get(KpiCard.class, spec -> spec.withId("kpi-software"));
        assertThat(software.getValue()).isEqualTo("3");
        assertThat(software.getReference()).isEqualTo("3 dari ±300 aplikasi tercatat");
        assertThat(software.getSource()).isEqualTo(SOURCE);
        assertThat(_get(KpiCard.class, spec -> spec.withId("kpi-partners")).getReference())
                .isNull();
    }

    @Test
    void in_english_and_not_against_a_narrowed_period() {
        openAs("pimpinan", "?lang=en");
        KpiCard regions = _get(KpiCard.class, spec -> spec.withId("kpi-regions"));
        assertThat(regions.getReference()).isEqualTo("4 of 53 regions recorded");
        assertThat(regions.getSource()).isEqualTo("Reference: Bandung Menjawab briefing, 5 September 2017");

        openAs("pimpinan", "?from=2015&to=2020");
        assertThat(_get(KpiCard.class, spec -> spec.withId("kpi-regions")).getReference())
                .as("a period's regions are not comparable with the briefing's total")
                .isNull();
        assertThat(_get(KpiCard.class, spec -> spec.withId("kpi-software")).getReference())
                .startsWith("3 of ±300"); // the language chosen stays for the session
    }

    private DashboardView openAs(String username) {
        return openAs(username, "");
    }

    private DashboardView openAs(String username, String query) {
        signIn(username);
        navigate(query);
        DashboardView view = _get(DashboardView.class);
        ServerPush.awaitUntil(() -> !view.hasClassName("loading")
                && (view.completeness == null
                        || !view.completeness
                                .line("partners?missing=PROVINCE")
                                .count()
                                .equals(KpiCard.PLACEHOLDER)));
        return view;
    }

    private static void assertLine(CompletenessPanel panel, String href, String label, String count) {
        CompletenessPanel.Line line = panel.line(href);
        assertThat(line.getHref()).isEqualTo(href);
        assertThat(line.label()).isEqualTo(label);
        assertThat(line.count()).isEqualTo(count);
    }

    /** What the browser does with a router link. */
    private static void follow(String href) {
        String[] parts = href.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], QueryParameters.fromString(parts.length > 1 ? parts[1] : ""));
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
