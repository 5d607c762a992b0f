package id.bandung.kerjasama.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.live.LiveUpdates;
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
    void the_open_dashboard_shows_a_new_partner_within_a_second() {
        await().atMost(Duration.ofSeconds(15)).until(live::isListening);
        signIn("pimpinan");
        navigate("");
        _get(DashboardView.class).refresh(); // in a browser, the round trip after the first paint does this
        long before = jdbc.queryForObject("select count(*) from partner", Long.class);
        assertThat(value("kpi-partners")).isEqualTo(Formats.number(before, INDONESIAN));

        long saved = System.nanoTime();
        SignIn.as(Roles.STAFF, () -> partners.save(partner()));

        await().atMost(Duration.ofSeconds(1))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    MockVaadin.clientRoundtrip();
                    return value("kpi-partners").equals(Formats.number(before + 1, INDONESIAN));
                });
        assertThat((System.nanoTime() - saved) / 1_000_000).isLessThan(1000);
    }

    @Test
    void a_filtered_dashboard_counts_a_new_sister_city_and_keeps_its_filter() {
        await().atMost(Duration.ofSeconds(15)).until(live::isListening);
        signIn("pimpinan");
        navigate("?category=KSDPL");
        DashboardView view = _get(DashboardView.class);
        view.refresh();
        long before = jdbc.queryForObject(
                "select count(distinct partner_id) from agreement where category = 'KSDPL'", Long.class);
        assertThat(value("kpi-sister-cities")).isEqualTo(Formats.number(before, INDONESIAN));

        // Two saves (the city, then its agreement): the second may wait for the once-a-second refresh.
        records.sisterCity(Records.unique("Kota Kembar"), "KR");

        await().atMost(Duration.ofSeconds(2))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    MockVaadin.clientRoundtrip();
                    return value("kpi-sister-cities").equals(Formats.number(before + 1, INDONESIAN));
                });
        assertThat(view.category.getValue()).hasToString("KSDPL");
        assertThat(_get(DashboardView.class)).isSameAs(view);
    }

    private static String value(String cardId) {
        return _get(KpiCard.class, spec -> spec.withId(cardId)).getValue();
    }

    private static Partner partner() {
        return new Partner("Kota Langsung " + UUID.randomUUID().toString().substring(0, 8), PartnerKind.CITY, "JP");
    }
}
