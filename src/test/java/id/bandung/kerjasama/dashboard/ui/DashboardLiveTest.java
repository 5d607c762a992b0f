package id.bandung.kerjasama.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.live.LiveUpdates;
import id.bandung.kerjasama.live.ServerPush;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Open screens follow changes saved elsewhere, without a reload and without losing what the user set. */
@CommittingTest
class DashboardLiveTest extends KaribuTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @Autowired
    PartnerService partners;

    @Autowired
    LiveUpdates live;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Records records;

    @Test
    void the_open_dashboard_shows_a_new_partner_without_a_reload() {
        await().atMost(Duration.ofSeconds(15)).until(live::isListening);
        DashboardView view = openDashboard("");
        long before = jdbc.queryForObject("select count(*) from partner", Long.class);
        assertThat(value("kpi-partners")).isEqualTo(Formats.number(before, INDONESIAN));

        SignIn.as(Roles.STAFF, () -> partners.save(partner()));

        // How soon belongs to the benchmark (commit to the figure on fifty screens); here: that it comes.
        ServerPush.awaitUntil(() -> value("kpi-partners").equals(Formats.number(before + 1, INDONESIAN)));
        assertThat(_get(DashboardView.class)).isSameAs(view);
    }

    @Test
    void a_filtered_dashboard_counts_a_new_sister_city_and_keeps_its_filter() {
        await().atMost(Duration.ofSeconds(15)).until(live::isListening);
        DashboardView view = openDashboard("?category=KSDPL");
        long before = jdbc.queryForObject(
                "select count(distinct partner_id) from agreement where category = 'KSDPL'", Long.class);
        assertThat(value("kpi-sister-cities")).isEqualTo(Formats.number(before, INDONESIAN));

        // Two saves (the city, then its agreement): the second may wait for the once-a-second refresh.
        records.sisterCity(Records.unique("Kota Kembar"), "KR");

        ServerPush.awaitUntil(() -> value("kpi-sister-cities").equals(Formats.number(before + 1, INDONESIAN)));
        assertThat(view.category.getValue()).hasToString("KSDPL");
        assertThat(_get(DashboardView.class)).isSameAs(view);
    }

    private DashboardView openDashboard(String location) {
        signIn("pimpinan");
        navigate(location);
        DashboardView view = _get(DashboardView.class);
        ServerPush.awaitUntil(() -> !view.hasClassName("loading"));
        return view;
    }

    private static String value(String cardId) {
        return _get(KpiCard.class, spec -> spec.withId(cardId)).getValue();
    }

    private static Partner partner() {
        return new Partner("Kota Langsung " + UUID.randomUUID().toString().substring(0, 8), PartnerKind.CITY, "JP");
    }
}
