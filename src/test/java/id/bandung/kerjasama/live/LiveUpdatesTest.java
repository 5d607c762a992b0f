package id.bandung.kerjasama.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import id.bandung.kerjasama.base.domain.Actor;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.SignIn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes reach this node through PostgreSQL's notifications, committed ones only and again after a broken link, and
 * reach the screens that follow them: loaded off the session lock as the screen's user, then applied in its UI.
 */
@CommittingTest
class LiveUpdatesTest extends KaribuTest {

    @Autowired
    LiveUpdates live;

    @Autowired
    PartnerService partners;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_screen_loads_once_on_attaching_and_again_after_a_committed_change() {
        awaitListening();
        signIn("pimpinan");
        List<String> loadedBy = new CopyOnWriteArrayList<>();
        List<Boolean> loadedHoldingTheSession = new CopyOnWriteArrayList<>();
        List<String> shown = new ArrayList<>();
        Div screen = new Div();
        live.follow(
                screen,
                () -> {
                    loadedBy.add(Actor.currentName());
                    loadedHoldingTheSession.add(UI.getCurrent() != null);
                    return "figures " + loadedBy.size();
                },
                shown::add,
                EnumSet.of(Topic.PARTNERS));
        assertThat(shown).isEmpty();

        UI.getCurrent().add(screen);
        ServerPush.awaitUntil(() -> shown.size() == 1);
        assertThat(shown).containsExactly("figures 1");

        SignIn.as(Roles.STAFF, () -> partners.save(newPartner()));
        ServerPush.awaitUntil(Duration.ofSeconds(2), () -> shown.size() == 2);
        assertThat(shown).containsExactly("figures 1", "figures 2");
        assertThat(loadedBy).containsExactly("pimpinan", "pimpinan");
        assertThat(loadedHoldingTheSession).containsExactly(false, false);
    }

    @Test
    void a_detached_screen_follows_no_more_and_a_removed_one_never_again() {
        awaitListening();
        AtomicInteger refreshed = new AtomicInteger();
        Div screen = new Div();
        var following = live.follow(screen, refreshed::incrementAndGet, EnumSet.of(Topic.PARTNERS));
        UI.getCurrent().add(screen);
        save();
        ServerPush.awaitUntil(Duration.ofSeconds(2), () -> refreshed.get() == 1);

        UI.getCurrent().remove(screen);
        AtomicInteger witness = follow(Topic.PARTNERS);
        save();
        ServerPush.awaitUntil(Duration.ofSeconds(2), () -> witness.get() == 1);
        assertThat(refreshed).hasValue(1);

        following.remove();
        UI.getCurrent().add(screen);
        save();
        ServerPush.awaitUntil(Duration.ofSeconds(3), () -> witness.get() == 2);
        assertThat(refreshed).hasValue(1);
    }

    @Test
    void a_rolled_back_change_announces_nothing() {
        awaitListening();
        AtomicInteger partnerChanges = follow(Topic.PARTNERS);
        AtomicInteger softwareChanges = follow(Topic.SOFTWARE);
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
        ServerPush.awaitUntil(Duration.ofSeconds(2), () -> softwareChanges.get() == 1);
        MockVaadin.clientRoundtrip();
        assertThat(partnerChanges).hasValue(0);
    }

    @Test
    void after_the_connection_breaks_it_listens_again_and_every_screen_catches_up() {
        awaitListening();
        Map<Topic, AtomicInteger> screens = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.values()) {
            screens.put(topic, follow(topic));
        }
        int killed = jdbc.queryForObject(
                "select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = ?",
                Integer.class,
                ChangeListener.APPLICATION_NAME);
        assertThat(killed).isEqualTo(1);
        // Whatever was missed while the link was down: every topic counts as changed once it is back.
        ServerPush.awaitUntil(
                Duration.ofSeconds(10), () -> screens.values().stream().allMatch(count -> count.get() == 1));
        awaitListening();
        save();
        ServerPush.awaitUntil(
                Duration.ofSeconds(3), () -> screens.get(Topic.PARTNERS).get() == 2);
    }

    @Test
    void a_shared_value_is_computed_once_until_the_records_change() {
        awaitListening();
        AtomicInteger changes = follow(Topic.PARTNERS);
        AtomicInteger computed = new AtomicInteger();
        Object key = UUID.randomUUID();
        assertThat(live.sharedUntilChange(key, computed::incrementAndGet)).isEqualTo(1);
        assertThat(live.sharedUntilChange(key, computed::incrementAndGet)).isEqualTo(1);
        save();
        ServerPush.awaitUntil(Duration.ofSeconds(2), () -> changes.get() == 1);
        assertThat(live.sharedUntilChange(key, computed::incrementAndGet)).isEqualTo(2);
    }

    /** A screen in the test's UI that counts its refreshes after changes of {@code topic}. */
    private AtomicInteger follow(Topic topic) {
        AtomicInteger refreshes = new AtomicInteger();
        Div screen = new Div();
        UI.getCurrent().add(screen);
        live.follow(screen, refreshes::incrementAndGet, EnumSet.of(topic));
        return refreshes;
    }

    private void save() {
        SignIn.as(Roles.STAFF, () -> partners.save(newPartner()));
    }

    private void awaitListening() {
        await().atMost(Duration.ofSeconds(15)).until(live::isListening);
    }

    private static Partner newPartner() {
        return new Partner("Kota Siaran " + UUID.randomUUID().toString().substring(0, 8), PartnerKind.CITY, "JP");
    }
}
