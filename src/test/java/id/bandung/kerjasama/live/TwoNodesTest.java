package id.bandung.kerjasama.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.internal.CurrentInstance;
import com.zaxxer.hikari.HikariDataSource;
import id.bandung.kerjasama.Application;
import id.bandung.kerjasama.dashboard.DashboardFilter;
import id.bandung.kerjasama.dashboard.DashboardService;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.SignIn;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two app nodes on one PostgreSQL, as behind a load balancer: this test's application and a second one started
 * here on the same database. A change saved on either reaches the other's screens (how fast is the live benchmark's to measure).
 */
@CommittingTest
class TwoNodesTest extends KaribuTest {

    private static ConfigurableApplicationContext second;

    @Autowired
    LiveUpdates live;

    @Autowired
    PartnerService partners;

    @Autowired
    DashboardService dashboard;

    @Autowired
    DataSource dataSource;

    @AfterAll
    static void stopSecondNode() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void a_partner_saved_on_one_node_reaches_the_other() throws Exception {
        SecurityContextHolderStrategy mine = SecurityContextHolder.getContextHolderStrategy();
        var vaadin = CurrentInstance.getInstances();
        ConfigurableApplicationContext other = secondNode();
        SecurityContextHolder.setContextHolderStrategy(mine); // starting a node installs its own
        CurrentInstance.restoreInstances(vaadin); // and clears this thread's UI
        LiveUpdates otherLive = other.getBean(LiveUpdates.class);
        await().atMost(Duration.ofSeconds(15)).until(() -> live.isListening() && otherLive.isListening());

        long before = SignIn.as(Roles.VIEWER, () -> dashboard.figures(DashboardFilter.none()))
                .headline()
                .partners();
        AtomicInteger here = follow(live);
        onNode(
                other,
                () -> SignIn.as(
                        Roles.STAFF, () -> other.getBean(PartnerService.class).save(partner())));
        ServerPush.awaitUntil(Duration.ofSeconds(15), () -> here.get() == 1);
        assertThat(SignIn.as(Roles.VIEWER, () -> dashboard.figures(DashboardFilter.none()))
                        .headline()
                        .partners())
                .isEqualTo(before + 1);

        AtomicInteger there = follow(otherLive);
        SignIn.as(Roles.STAFF, () -> partners.save(partner()));
        ServerPush.awaitUntil(Duration.ofSeconds(15), () -> there.get() == 1);
    }

    /** A screen in the test's UI that follows partner changes through {@code node}'s live updates. */
    private static AtomicInteger follow(LiveUpdates node) {
        AtomicInteger refreshes = new AtomicInteger();
        Div screen = new Div();
        UI.getCurrent().add(screen);
        node.follow(screen, refreshes::incrementAndGet, EnumSet.of(Topic.PARTNERS));
        return refreshes;
    }

    private ConfigurableApplicationContext secondNode() throws Exception {
        if (second == null) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            second = new SpringApplicationBuilder(Application.class)
                    .profiles("test")
                    .properties(
                            "spring.datasource.url=" + pool.getJdbcUrl(),
                            "spring.datasource.username=" + pool.getUsername(),
                            "spring.datasource.password=" + pool.getPassword(),
                            "server.port=0",
                            "spring.application.name=kerjasama-second-node")
                    .run();
        }
        return second;
    }

    /** Each node has its own security context strategy (Vaadin's); a call on a node signs in through that one. */
    private void onNode(ConfigurableApplicationContext node, Runnable work) {
        SecurityContextHolderStrategy mine = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(node.getBean(SecurityContextHolderStrategy.class));
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(mine);
        }
    }

    private static Partner partner() {
        return new Partner("Kota Simpul " + UUID.randomUUID().toString().substring(0, 8), PartnerKind.CITY, "KR");
    }
}
