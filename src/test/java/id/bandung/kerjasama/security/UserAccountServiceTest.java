package id.bandung.kerjasama.security;

import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules administrators work under: no lock-out of oneself or of the last administrator. */
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
        SignIn.as(Roles.ADMIN, () -> assertThatThrownBy(() -> accounts.setEnabled(adminId, false, "admin"))
                .isInstanceOf(AccountRuleException.class)
                .extracting(e -> ((AccountRuleException) e).getMessageKey()).isEqualTo("users.error.disable-self"));
    }

    @Test
    void the_last_active_administrator_stays() {
        long adminId = id("admin");
        SignIn.as(Roles.ADMIN, () -> assertThatThrownBy(() -> accounts.setEnabled(adminId, false, "someone-else"))
                .isInstanceOf(AccountRuleException.class)
                .extracting(e -> ((AccountRuleException) e).getMessageKey()).isEqualTo("users.error.last-admin"));
        assertThat(jdbc.queryForObject("select enabled from user_account where username = 'admin'", Boolean.class))
                .isTrue();
    }

    @Test
    void a_disabled_account_cannot_sign_in_until_enabled_again() throws Exception {
        SignIn.as(Roles.ADMIN, () -> accounts.create("penguji-nonaktif", "Penguji", Roles.Role.STAFF,
                "kata-sandi-panjang"));
        long id = id("penguji-nonaktif");
        SignIn.as(Roles.ADMIN, () -> accounts.setEnabled(id, false, "admin"));
        var manager = authentication.getAuthenticationManager();
        var credentials = UsernamePasswordAuthenticationToken.unauthenticated("penguji-nonaktif",
                "kata-sandi-panjang");
        assertThatThrownBy(() -> manager.authenticate(credentials))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);

        SignIn.as(Roles.ADMIN, () -> accounts.setEnabled(id, true, "admin"));
        assertThat(manager.authenticate(credentials).isAuthenticated()).isTrue();
    }

    @Test
    void a_reset_password_replaces_the_old_one_and_lifts_a_lock() throws Exception {
        SignIn.as(Roles.ADMIN, () -> accounts.create("penguji-reset", "Penguji", Roles.Role.STAFF,
                "kata-sandi-lama-1"));
        jdbc.update("update user_account set locked_until = now() + interval '5 minutes' "
                + "where username = 'penguji-reset'");
        SignIn.as(Roles.ADMIN, () -> accounts.resetPassword(id("penguji-reset"), "kata-sandi-baru-1"));

        var manager = authentication.getAuthenticationManager();
        assertThat(manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("penguji-reset",
                "kata-sandi-baru-1")).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "penguji-reset", "kata-sandi-lama-1")))
                .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
    }

    @Test
    void usernames_are_unique_whatever_the_letter_case() {
        SignIn.as(Roles.ADMIN, () -> assertThatThrownBy(() -> accounts.create("STAF", "Lagi", Roles.Role.STAFF,
                "kata-sandi-panjang")).isInstanceOf(UsernameTakenException.class));
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }
}
