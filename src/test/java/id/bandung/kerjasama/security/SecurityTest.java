package id.bandung.kerjasama.security;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.agreement.AgreementFilter;
import id.bandung.kerjasama.agreement.AgreementQueries;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerFilter;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerQueries;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.software.Software;
import id.bandung.kerjasama.software.SoftwareCategory;
import id.bandung.kerjasama.software.SoftwareService;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.PasswordChecks;
import id.bandung.kerjasama.support.SignIn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Services refuse what a role may not do; sign-in answers every refusal alike and slows guessing without locking the
 * real user out.
 */
@IntegrationTest
class SecurityTest {

    @Autowired
    PartnerService partners;

    @Autowired
    PartnerQueries partnerQueries;

    @Autowired
    AgreementService agreements;

    @Autowired
    AgreementQueries agreementQueries;

    @Autowired
    SoftwareService software;

    @Autowired
    UserAccountService accounts;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    SignInThrottle throttle;

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
        long count = SignIn.as(Roles.VIEWER, () -> partnerQueries.count(PartnerFilter.empty()));
        assertThat(count).as("the briefing's partners").isEqualTo(20);
    }

    @Test
    void staff_cannot_create_accounts() {
        SignIn.as(
                Roles.STAFF,
                () -> assertThatThrownBy(() -> accounts.create("baru", "Baru", Roles.Role.ADMIN, "rahasia-sekali"))
                        .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void nobody_signed_in_may_even_read() {
        assertThatThrownBy(() -> agreementQueries.count(AgreementFilter.empty()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes() {
        String hash =
                jdbc.queryForObject("select password_hash from user_account where username = 'staf'", String.class);
        assertThat(hash).startsWith("$2a$").doesNotContain("bandung");
    }

    @Test
    void unknown_names_wrong_passwords_and_disabled_accounts_get_the_same_answer_after_the_same_work()
            throws Exception {
        SignIn.as(Roles.ADMIN, () -> {
            accounts.create("penguji-sama", "Penguji", Roles.Role.STAFF, "benar-sekali-ya");
            accounts.create("penguji-mati", "Penguji", Roles.Role.STAFF, "benar-sekali-ya");
        });
        SignIn.as(Roles.ADMIN, () -> accounts.setEnabled(id("penguji-mati"), false, "admin"));
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();

        List<String> unknown = refusalWork(manager, credentials("tidak-ada", "benar-sekali-ya"));
        List<String> wrong = refusalWork(manager, credentials("penguji-sama", "salah"));
        List<String> disabled = refusalWork(manager, credentials("penguji-mati", "benar-sekali-ya"));

        // Each path compares the password once, against a hash of the same cost: the time a guesser sees is the same.
        String cost = hashOf("penguji-sama").substring(0, 7);
        assertThat(cost).isEqualTo("$2a$10$");
        assertThat(unknown).singleElement().asString().startsWith(cost);
        assertThat(wrong).containsExactly(hashOf("penguji-sama"));
        assertThat(disabled).containsExactly(hashOf("penguji-mati"));
    }

    @Test
    void failed_sign_ins_slow_the_next_tries_yet_the_right_password_still_gets_in() throws Exception {
        SignIn.as(Roles.ADMIN, () -> accounts.create("penguji-lambat", "Penguji", Roles.Role.STAFF, "benar-sekali-ya"));
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThatThrownBy(() -> manager.authenticate(credentials("penguji-lambat", "salah")))
                    .isInstanceOf(BadCredentialsException.class);
            waits.add(throttle.delayFor("penguji-lambat", null));
        }
        assertThat(jdbc.queryForObject(
                        "select failures from sign_in_throttle where throttle_key = 'u:penguji-lambat'", Integer.class))
                .isEqualTo(5);
        // The test's transaction holds the database's now() still, so the waits are exact: three failures are free,
        // then each doubles the wait from the last failure.
        assertThat(waits).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO, ofSeconds(1), ofSeconds(2));

        assertThat(manager.authenticate(credentials("penguji-lambat", "benar-sekali-ya"))
                        .isAuthenticated())
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from sign_in_throttle where throttle_key = 'u:penguji-lambat'", Long.class))
                .isZero();
        assertThat(throttle.delayFor("penguji-lambat", null)).isZero();
    }

    @Test
    void a_flood_of_wrong_passwords_keeps_the_real_user_out_no_longer_than_the_cap() throws Exception {
        SignIn.as(Roles.ADMIN, () -> accounts.create("penguji-banjir", "Penguji", Roles.Role.STAFF, "benar-sekali-ya"));
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        // The flood's history: a hundred failures, the last just now. Uncapped, the wait would be 2^96 seconds.
        jdbc.update("insert into sign_in_throttle (throttle_key, failures, last_failure_at) "
                + "values ('u:penguji-banjir', 100, now())");
        assertThat(throttle.delayFor("penguji-banjir", null)).isEqualTo(ofSeconds(10));

        // Nine seconds later, one is left; then the right password gets in, flood or not.
        jdbc.update("update sign_in_throttle set last_failure_at = now() - interval '9 seconds' "
                + "where throttle_key = 'u:penguji-banjir'");
        assertThat(throttle.delayFor("penguji-banjir", null)).isEqualTo(ofSeconds(1));
        assertThat(manager.authenticate(credentials("penguji-banjir", "benar-sekali-ya"))
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void failures_from_one_address_slow_that_address_for_every_name_but_not_others() throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        for (int attempt = 1; attempt <= 5; attempt++) {
            String name = "tebak-alamat-" + attempt;
            assertThatThrownBy(() -> manager.authenticate(credentials(name, "salah", "198.51.100.7")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(throttle.delayFor("tebak-alamat-baru", "198.51.100.7")).isEqualTo(ofSeconds(2));
        assertThat(throttle.delayFor("tebak-alamat-baru", "198.51.100.8")).isZero();
        assertThat(throttle.delayFor("staf", "198.51.100.8")).isZero();

        assertThat(manager.authenticate(credentials("staf", "bandung", "198.51.100.8"))
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void the_audit_log_keeps_an_unknown_typed_name_only_truncated() throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        long truncatedBefore = failedSignIns("kat…");
        long pimpinanBefore = failedSignIns("pimpinan");
        assertThatThrownBy(() -> manager.authenticate(credentials("kata-sandi-rahasia-saya", "x")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> manager.authenticate(credentials("pimpinan", "salah-tebak")))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'SIGN_IN_FAILED' "
                                + "and username like '%rahasia%'",
                        Long.class))
                .isZero();
        assertThat(failedSignIns("kat…")).isEqualTo(truncatedBefore + 1);
        assertThat(failedSignIns("pimpinan")).isEqualTo(pimpinanBefore + 1);
    }

    /** Failed sign-ins are audited in a transaction of their own, which commits whatever the test's does. */
    private long failedSignIns(String shownName) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'SIGN_IN_FAILED' and username = ?",
                Long.class,
                shownName);
    }

    private static List<String> refusalWork(
            AuthenticationManager manager, UsernamePasswordAuthenticationToken credentials) {
        return PasswordChecks.during(() -> assertThatThrownBy(() -> manager.authenticate(credentials))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("Bad credentials"));
    }

    private String hashOf(String username) {
        return jdbc.queryForObject("select password_hash from user_account where username = ?", String.class, username);
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    private static UsernamePasswordAuthenticationToken credentials(String username, String password, String address) {
        var token = credentials(username, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }

    private static UsernamePasswordAuthenticationToken credentials(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
