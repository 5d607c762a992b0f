package id.bandung.kerjasama.security;

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
import id.bandung.kerjasama.support.SignIn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
        assertThat(count).isPositive();
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
    void unknown_names_wrong_passwords_and_disabled_accounts_get_the_same_answer_in_similar_time() throws Exception {
        SignIn.as(Roles.ADMIN, () -> {
            accounts.create("penguji-sama", "Penguji", Roles.Role.STAFF, "benar-sekali-ya");
            accounts.create("penguji-mati", "Penguji", Roles.Role.STAFF, "benar-sekali-ya");
        });
        SignIn.as(Roles.ADMIN, () -> accounts.setEnabled(id("penguji-mati"), false, "admin"));
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        manager.authenticate(credentials("penguji-sama", "benar-sekali-ya")); // warm up BCrypt

        // Fresh names each round, so that the throttle (three free failures per name) adds no wait.
        List<Long> unknown = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        List<Long> disabled = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            unknown.add(refusalTime(manager, credentials("tidak-ada-" + round, "benar-sekali-ya")));
            wrong.add(refusalTime(manager, credentials("penguji-sama", "salah-" + round)));
            disabled.add(refusalTime(manager, credentials("penguji-mati", "benar-sekali-ya")));
        }
        jdbc.update("delete from sign_in_throttle where throttle_key in ('u:penguji-sama', 'u:penguji-mati')");

        long unknownMedian = median(unknown);
        long wrongMedian = median(wrong);
        long disabledMedian = median(disabled);
        // Each path does one BCrypt comparison; skipping it would be ten times faster.
        assertThat(unknownMedian).isBetween(wrongMedian / 2, wrongMedian * 2);
        assertThat(disabledMedian).isBetween(wrongMedian / 2, wrongMedian * 2);
    }

    @Test
    void failed_sign_ins_slow_the_next_tries_yet_the_right_password_still_gets_in() throws Exception {
        SignIn.as(Roles.ADMIN, () -> accounts.create("penguji-lambat", "Penguji", Roles.Role.STAFF, "benar-sekali-ya"));
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThatThrownBy(() -> manager.authenticate(credentials("penguji-lambat", "salah")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(jdbc.queryForObject(
                        "select failures from sign_in_throttle where throttle_key = 'u:penguji-lambat'", Integer.class))
                .isEqualTo(5);

        long started = System.nanoTime();
        assertThat(manager.authenticate(credentials("penguji-lambat", "benar-sekali-ya"))
                        .isAuthenticated())
                .isTrue();
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        // Five failures, three free: the fifth set a wait of 2 s from its own end.
        assertThat(waited).isBetween(Duration.ofMillis(1500), Duration.ofSeconds(4));
        assertThat(jdbc.queryForObject(
                        "select count(*) from sign_in_throttle where throttle_key = 'u:penguji-lambat'", Long.class))
                .isZero();
    }

    @Test
    void a_flood_of_wrong_passwords_keeps_the_real_user_out_no_longer_than_the_cap() throws Exception {
        SignIn.as(Roles.ADMIN, () -> accounts.create("penguji-banjir", "Penguji", Roles.Role.STAFF, "benar-sekali-ya"));
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        // The flood's history: a hundred failures, the last just now. Its attempts go on while the user signs in.
        jdbc.update("insert into sign_in_throttle (throttle_key, failures, last_failure_at) "
                + "values ('u:penguji-banjir', 100, now())");
        ExecutorService flood = Executors.newFixedThreadPool(4);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger floodAttempts = new AtomicInteger();
        try {
            for (int thread = 0; thread < 4; thread++) {
                flood.submit(() -> {
                    for (int attempt = 0; attempt < 20 && !stop.get(); attempt++) {
                        floodAttempts.incrementAndGet();
                        try {
                            manager.authenticate(credentials("penguji-banjir", "tebakan-" + attempt));
                        } catch (BadCredentialsException expected) {
                            // the flood is refused, as it should be
                        }
                    }
                });
            }
            long started = System.nanoTime();
            assertThat(manager.authenticate(credentials("penguji-banjir", "benar-sekali-ya"))
                            .isAuthenticated())
                    .isTrue();
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            assertThat(waited).isLessThan(Duration.ofSeconds(10).plusMillis(1500));
        } finally {
            stop.set(true);
            flood.shutdown();
            flood.awaitTermination(30, TimeUnit.SECONDS);
        }
        assertThat(floodAttempts.get()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void failures_from_one_address_slow_that_address_for_every_name_but_not_others() throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        for (int attempt = 1; attempt <= 5; attempt++) {
            String name = "tebak-alamat-" + attempt;
            assertThatThrownBy(() -> manager.authenticate(credentials(name, "salah", "198.51.100.7")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        long started = System.nanoTime();
        assertThatThrownBy(() -> manager.authenticate(credentials("tebak-alamat-baru", "salah", "198.51.100.7")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(1500));

        started = System.nanoTime();
        assertThat(manager.authenticate(credentials("staf", "bandung", "198.51.100.8"))
                        .isAuthenticated())
                .isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void the_audit_log_keeps_an_unknown_typed_name_only_truncated() throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        assertThatThrownBy(() -> manager.authenticate(credentials("kata-sandi-rahasia-saya", "x")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> manager.authenticate(credentials("pimpinan", "salah-tebak")))
                .isInstanceOf(BadCredentialsException.class);
        jdbc.update("delete from sign_in_throttle where throttle_key = 'u:pimpinan'");

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'SIGN_IN_FAILED' "
                                + "and username like '%rahasia%'",
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'SIGN_IN_FAILED' " + "and username = 'kat…'",
                        Long.class))
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'SIGN_IN_FAILED' "
                                + "and username = 'pimpinan'",
                        Long.class))
                .isPositive();
    }

    private static long refusalTime(AuthenticationManager manager, UsernamePasswordAuthenticationToken credentials) {
        long started = System.nanoTime();
        assertThatThrownBy(() -> manager.authenticate(credentials))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("Bad credentials");
        return System.nanoTime() - started;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
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
