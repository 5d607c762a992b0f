package id.bandung.kerjasama.security;

import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.software.Software;
import id.bandung.kerjasama.software.SoftwareCategory;
import id.bandung.kerjasama.software.SoftwareService;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Services refuse what a role may not do, and repeated failed sign-ins lock an account for a few minutes. */
@IntegrationTest
class SecurityTest {

    @Autowired
    PartnerService partners;
    @Autowired
    AgreementService agreements;
    @Autowired
    SoftwareService software;
    @Autowired
    UserAccountService accounts;
    @Autowired
    AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_viewer_calling_a_write_service_is_refused() {
        SignIn.as(Roles.VIEWER, () -> {
            assertThatThrownBy(() -> partners.save(new Partner("Kota Bogor", PartnerKind.CITY, "ID")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> software.save(new Software("Uji", null, SoftwareCategory.OTHER)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.create("baru", "Baru", Roles.Role.ADMIN, "rahasia-sekali"))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThat(jdbc.queryForObject("select count(*) from partner where name = 'Kota Bogor'", Long.class))
                .isZero();
    }

    @Test
    void a_viewer_may_read() {
        long count = SignIn.as(Roles.VIEWER, () -> partners.count());
        assertThat(count).isPositive();
    }

    @Test
    void staff_cannot_create_accounts() {
        SignIn.as(Roles.STAFF, () -> assertThatThrownBy(
                () -> accounts.create("baru", "Baru", Roles.Role.ADMIN, "rahasia-sekali"))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void nobody_signed_in_may_even_read() {
        assertThatThrownBy(() -> agreements.count())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes() {
        String hash = jdbc.queryForObject("select password_hash from user_account where username = 'staf'",
                String.class);
        assertThat(hash).startsWith("$2a$").doesNotContain("bandung");
    }

    @Test
    void five_failed_sign_ins_in_a_row_lock_the_account_even_for_the_right_password() throws Exception {
        SignIn.as(Roles.ADMIN, () -> accounts.create("penguji-kunci", "Penguji", Roles.Role.STAFF, "benar-sekali"));
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThatThrownBy(() -> manager.authenticate(credentials("penguji-kunci", "salah")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> manager.authenticate(credentials("penguji-kunci", "benar-sekali")))
                .isInstanceOf(LockedException.class);

        Instant lockedUntil = jdbc.queryForObject(
                "select locked_until from user_account where username = 'penguji-kunci'", Timestamp.class)
                .toInstant();
        assertThat(Duration.between(Instant.now(), lockedUntil)).isBetween(Duration.ofMinutes(4),
                Duration.ofMinutes(5));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = 'penguji-kunci' "
                + "and action = 'LOCKED'", Long.class)).isEqualTo(1);
    }

    @Test
    void a_lock_ends_after_its_time_and_a_successful_sign_in_clears_the_count() throws Exception {
        SignIn.as(Roles.ADMIN, () -> accounts.create("penguji-lepas", "Penguji", Roles.Role.STAFF, "benar-sekali"));
        jdbc.update("update user_account set locked_until = now() - interval '1 second', failed_sign_ins = 3 "
                + "where username = 'penguji-lepas'");
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();

        assertThat(manager.authenticate(credentials("penguji-lepas", "benar-sekali")).isAuthenticated()).isTrue();
        assertThat(jdbc.queryForObject("select failed_sign_ins from user_account where username = 'penguji-lepas'",
                Integer.class)).isZero();
    }

    @Test
    void four_failures_then_a_success_do_not_lock() throws Exception {
        SignIn.as(Roles.ADMIN, () -> accounts.create("penguji-empat", "Penguji", Roles.Role.STAFF, "benar-sekali"));
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThatThrownBy(() -> manager.authenticate(credentials("penguji-empat", "salah")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        manager.authenticate(credentials("penguji-empat", "benar-sekali"));
        assertThatThrownBy(() -> manager.authenticate(credentials("penguji-empat", "salah")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(manager.authenticate(credentials("penguji-empat", "benar-sekali")).isAuthenticated()).isTrue();
    }

    private static UsernamePasswordAuthenticationToken credentials(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
