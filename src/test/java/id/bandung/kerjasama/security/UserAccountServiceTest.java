package id.bandung.kerjasama.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.SignIn;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/**
 * The rules administrators work under: no lock-out of oneself or of the last administrator, the password rule in
 * the service, every act audited, and the acts that change what a person may do end that person's sessions.
 */
@IntegrationTest
class UserAccountServiceTest {

    @Autowired
    UserAccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuthenticationConfiguration authentication;

    @Test
    void nobody_can_disable_their_own_account() {
        long adminId = id("admin");
        SignIn.as(
                Roles.ADMIN,
                () -> assertThatThrownBy(() -> accounts.setEnabled(adminId, false, "admin"))
                        .isInstanceOf(AccountRuleException.class)
                        .extracting(e -> ((AccountRuleException) e).getMessageKey())
                        .isEqualTo("users.error.disable-self"));
    }

    @Test
    void the_last_active_administrator_stays() {
        long adminId = id("admin");
        SignIn.as(
                Roles.ADMIN,
                () -> assertThatThrownBy(() -> accounts.setEnabled(adminId, false, "someone-else"))
                        .isInstanceOf(AccountRuleException.class)
                        .extracting(e -> ((AccountRuleException) e).getMessageKey())
                        .isEqualTo("users.error.last-admin"));
        assertThat(jdbc.queryForObject("select enabled from user_account where username = 'admin'", Boolean.class))
                .isTrue();
    }

    @Test
    void a_disabled_account_cannot_sign_in_until_enabled_again() throws Exception {
        SignIn.as(
                Roles.ADMIN,
                () -> accounts.create("penguji-nonaktif", "Penguji", Roles.Role.STAFF, "kata-sandi-panjang"));
        long id = id("penguji-nonaktif");
        SignIn.as(Roles.ADMIN, () -> accounts.setEnabled(id, false, "admin"));
        var manager = authentication.getAuthenticationManager();
        var credentials = UsernamePasswordAuthenticationToken.unauthenticated("penguji-nonaktif", "kata-sandi-panjang");
        assertThatThrownBy(() -> manager.authenticate(credentials))
                .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);

        SignIn.as(Roles.ADMIN, () -> accounts.setEnabled(id, true, "admin"));
        assertThat(manager.authenticate(credentials).isAuthenticated()).isTrue();
    }

    @Test
    void a_reset_password_replaces_the_old_one_and_forgets_failed_sign_ins() throws Exception {
        SignIn.as(
                Roles.ADMIN, () -> accounts.create("penguji-reset", "Penguji", Roles.Role.STAFF, "kata-sandi-lama-1"));
        jdbc.update("insert into sign_in_throttle (throttle_key, failures, last_failure_at) "
                + "values ('u:penguji-reset', 9, now())");
        SignIn.as(Roles.ADMIN, () -> accounts.resetPassword(id("penguji-reset"), "kata-sandi-baru-1"));

        var manager = authentication.getAuthenticationManager();
        assertThat(manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                "penguji-reset", "kata-sandi-baru-1"))
                        .isAuthenticated())
                .isTrue();
        assertThatThrownBy(() -> manager.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("penguji-reset", "kata-sandi-lama-1")))
                .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
    }

    @Test
    void usernames_are_unique_whatever_the_letter_case() {
        SignIn.as(
                Roles.ADMIN,
                () -> assertThatThrownBy(() -> accounts.create("STAF", "Lagi", Roles.Role.STAFF, "kata-sandi-panjang"))
                        .isInstanceOf(UsernameTakenException.class));
    }

    @Test
    void every_act_on_an_account_is_audited_with_who_whom_and_what_but_never_the_password() {
        SignIn.as(
                Roles.ADMIN,
                () -> accounts.create("penguji-jejak", "Penguji Jejak", Roles.Role.VIEWER, "kata-sandi-rahasia-1"));
        long id = id("penguji-jejak");
        SignIn.as(Roles.ADMIN, () -> {
            accounts.changeRole(id, Roles.Role.STAFF);
            accounts.resetPassword(id, "kata-sandi-rahasia-2");
            accounts.setEnabled(id, false, "admin");
            accounts.setEnabled(id, true, "admin");
        });
        jdbc.update("insert into sign_in_throttle (throttle_key, failures, last_failure_at) "
                + "values ('u:penguji-jejak', 4, now())");
        SignIn.as(Roles.ADMIN, () -> accounts.clearSignInDelay(id));

        List<String> events = jdbc.queryForList(
                "select action || ' ' || username || ' ' || changes::text "
                        + "from audit_event where record_type = 'UserAccount' and record_id = ? order by id",
                String.class,
                id);
        assertThat(events).hasSize(6);
        assertThat(events.get(0))
                .startsWith("CREATE test-admin")
                .contains("VIEWER")
                .contains("penguji-jejak");
        assertThat(events.get(1))
                .startsWith("UPDATE test-admin")
                .contains("\"role\"")
                .contains("VIEWER")
                .contains("STAFF");
        assertThat(events.get(2)).contains("\"password\"").contains("reset");
        assertThat(events.get(3)).contains("\"enabled\"").contains("false");
        assertThat(events.get(4)).contains("\"enabled\"").contains("true");
        assertThat(events.get(5)).contains("failedSignIns").contains("4");
        assertThat(String.join("\n", events)).doesNotContain("rahasia");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where changes::text like '%rahasia%' "
                                + "or summary like '%rahasia%'",
                        Long.class))
                .isZero();
    }

    @Test
    void disabling_resetting_and_changing_the_role_each_end_the_account_s_sessions() {
        SignIn.as(
                Roles.ADMIN, () -> accounts.create("penguji-epoch", "Penguji", Roles.Role.STAFF, "kata-sandi-panjang"));
        long id = id("penguji-epoch");
        assertThat(epoch(id)).isZero();
        SignIn.as(Roles.ADMIN, () -> accounts.changeRole(id, Roles.Role.VIEWER));
        assertThat(epoch(id)).isEqualTo(1);
        SignIn.as(Roles.ADMIN, () -> accounts.resetPassword(id, "kata-sandi-panjang-2"));
        assertThat(epoch(id)).isEqualTo(2);
        SignIn.as(Roles.ADMIN, () -> accounts.setEnabled(id, false, "admin"));
        assertThat(epoch(id)).isEqualTo(3);
        SignIn.as(Roles.ADMIN, () -> accounts.setEnabled(id, true, "admin"));
        assertThat(epoch(id)).isEqualTo(3);
    }

    @Test
    void the_password_rule_holds_in_the_service_counted_in_bytes() {
        SignIn.as(Roles.ADMIN, () -> {
            assertThatThrownBy(() -> accounts.create("penguji-pendek", "P", Roles.Role.STAFF, "pendek"))
                    .isInstanceOf(AccountRuleException.class)
                    .extracting(e -> ((AccountRuleException) e).getMessageKey())
                    .isEqualTo("users.error.password-short");
            // 20 characters, 80 bytes in UTF-8: BCrypt would drop or refuse the rest.
            String emoji = "\uD83D\uDE00".repeat(20);
            assertThatThrownBy(() -> accounts.create("penguji-emoji", "P", Roles.Role.STAFF, emoji))
                    .isInstanceOf(AccountRuleException.class)
                    .extracting(e -> ((AccountRuleException) e).getMessageKey())
                    .isEqualTo("users.error.password-long");
            accounts.create("penguji-72", "P", Roles.Role.STAFF, "a".repeat(72));
            long id = id("penguji-72");
            assertThatThrownBy(() -> accounts.resetPassword(id, "é".repeat(40)))
                    .isInstanceOf(AccountRuleException.class);
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from user_account where username in " + "('penguji-pendek', 'penguji-emoji')",
                        Long.class))
                .isZero();
    }

    @Test
    void the_last_active_administrator_keeps_the_role() {
        long adminId = id("admin");
        SignIn.as(
                Roles.ADMIN,
                () -> assertThatThrownBy(() -> accounts.changeRole(adminId, Roles.Role.VIEWER))
                        .isInstanceOf(AccountRuleException.class));
        assertThat(jdbc.queryForObject("select role from user_account where username = 'admin'", String.class))
                .isEqualTo("ADMIN");
    }

    private int epoch(long id) {
        return jdbc.queryForObject("select session_epoch from user_account where id = ?", Integer.class, id);
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }
}
