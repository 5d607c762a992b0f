package id.bandung.kerjasama.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Changes reach this node through PostgreSQL's notifications: committed ones only, and again after a broken link. */
@CommittingTest
class LiveUpdatesTest {

    @Autowired
    LiveUpdates live;

    @Autowired
    PartnerService partners;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final BlockingQueue<Set<Topic>> received = new LinkedBlockingQueue<>();
    private com.vaadin.flow.shared.Registration listening;

    @AfterEach
    void stopListening() {
        if (listening != null) {
            listening.remove();
        }
    }

    @Test
    void a_saved_partner_is_announced_after_its_commit() throws Exception {
        awaitListening();
        listening = live.listen(received::add);
        SignIn.as(Roles.STAFF, () -> partners.save(newPartner()));
        assertThat(received.poll(2, TimeUnit.SECONDS)).contains(Topic.PARTNERS);
    }

    @Test
    void a_rolled_back_change_announces_nothing() throws Exception {
        awaitListening();
        listening = live.listen(received::add);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update(
                    "insert into partner (created_at, created_by, updated_at, updated_by, name, kind, country) "
                            + "values (now(), 'test', now(), 'test', ?, 'CITY', 'JP')",
                    "Rolled back " + UUID.randomUUID());
            status.setRollbackOnly();
        });
        // Notifications arrive in commit order: once a later, committed change is here, the rolled-back one
        // would have been too. (A statement that changes no row still fires the statement-level trigger.)
        jdbc.update("update software set version = version where false");
        Set<Topic> first = received.poll(2, TimeUnit.SECONDS);
        assertThat(first).containsExactly(Topic.SOFTWARE);
        assertThat(received).isEmpty();
    }

    @Test
    void after_the_connection_breaks_it_listens_again_and_every_screen_catches_up() throws Exception {
        awaitListening();
        listening = live.listen(received::add);
        int killed = jdbc.queryForObject(
                "select count(pg_terminate_backend(pid)) from pg_stat_activity " + "where application_name = ?",
                Integer.class,
                ChangeListener.APPLICATION_NAME);
        assertThat(killed).isEqualTo(1);
        // Whatever was missed while the link was down: every topic counts as changed once it is back.
        Set<Topic> catchUp = received.poll(10, TimeUnit.SECONDS);
        assertThat(catchUp).containsExactlyInAnyOrder(Topic.values());
        awaitListening();
        SignIn.as(Roles.STAFF, () -> partners.save(newPartner()));
        assertThat(received.poll(2, TimeUnit.SECONDS)).contains(Topic.PARTNERS);
    }

    @Test
    void a_shared_value_is_computed_once_until_the_records_change() throws Exception {
        awaitListening();
        listening = live.listen(received::add);
        AtomicInteger computed = new AtomicInteger();
        Object key = UUID.randomUUID();
        assertThat(live.sharedUntilChange(key, computed::incrementAndGet)).isEqualTo(1);
        assertThat(live.sharedUntilChange(key, computed::incrementAndGet)).isEqualTo(1);
        SignIn.as(Roles.STAFF, () -> partners.save(newPartner()));
        assertThat(received.poll(2, TimeUnit.SECONDS)).contains(Topic.PARTNERS);
        assertThat(live.sharedUntilChange(key, computed::incrementAndGet)).isEqualTo(2);
    }

    private void awaitListening() {
        await().atMost(Duration.ofSeconds(15)).until(live::isListening);
    }

    private static Partner newPartner() {
        return new Partner("Kota Siaran " + UUID.randomUUID().toString().substring(0, 8), PartnerKind.CITY, "JP");
    }
}
