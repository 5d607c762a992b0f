package id.bandung.kerjasama.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import id.bandung.kerjasama.Application;
import id.bandung.kerjasama.dashboard.DashboardFilter;
import id.bandung.kerjasama.dashboard.DashboardService;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.SignIn;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
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
 * here on the same database. A change saved on either reaches the other's screens within a second.
 */
@CommittingTest
class TwoNodesTest {

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
    void a_partner_saved_on_one_node_reaches_the_other_within_a_second() throws Exception {
        SecurityContextHolderStrategy mine = SecurityContextHolder.getContextHolderStrategy();
        ConfigurableApplicationContext other = secondNode();
        SecurityContextHolder.setContextHolderStrategy(mine); // starting a node installs its own
        LiveUpdates otherLive = other.getBean(LiveUpdates.class);
        await().atMost(Duration.ofSeconds(15)).until(() -> live.isListening() && otherLive.isListening());

        long before = SignIn.as(Roles.VIEWER, () -> dashboard.figures(DashboardFilter.none()))
                .headline()
                .partners();
        BlockingQueue<Set<Topic>> here = new LinkedBlockingQueue<>();
        var listening = live.listen(here::add);
        try {
            long saved = System.nanoTime();
            onNode(
                    other,
                    () -> SignIn.as(
                            Roles.STAFF,
                            () -> other.getBean(PartnerService.class).save(partner())));
            Set<Topic> change = here.poll(1, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - saved) / 1_000_000;
            assertThat(change)
                    .as("the change from the other node, %d ms after its save", millis)
                    .contains(Topic.PARTNERS);
            assertThat(SignIn.as(Roles.VIEWER, () -> dashboard.figures(DashboardFilter.none()))
                            .headline()
                            .partners())
                    .isEqualTo(before + 1);
        } finally {
            listening.remove();
        }

        BlockingQueue<Set<Topic>> there = new LinkedBlockingQueue<>();
        var otherListening = otherLive.listen(there::add);
        try {
            SignIn.as(Roles.STAFF, () -> partners.save(partner()));
            assertThat(there.poll(1, TimeUnit.SECONDS)).contains(Topic.PARTNERS);
        } finally {
            otherListening.remove();
        }
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
