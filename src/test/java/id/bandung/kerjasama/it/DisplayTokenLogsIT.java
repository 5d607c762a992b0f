package id.bandung.kerjasama.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import id.bandung.kerjasama.presentation.DisplayLinkService;
import id.bandung.kerjasama.presentation.TokenRedaction;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.Browsers;
import id.bandung.kerjasama.support.SignIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Display-link tokens are credentials: opening a valid, an unknown, a mistyped, an expired and a revoked link, with
 * Spring Security, Spring MVC and Vaadin's router and server logging at DEBUG and Tomcat's access log on, puts no
 * token into any log line, and the display page sends no Referer anywhere.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(
        properties = {
            "logging.level.org.springframework.security=DEBUG",
            "logging.level.org.springframework.web=DEBUG",
            "logging.level.com.vaadin.flow.router=DEBUG",
            "logging.level.com.vaadin.flow.server=DEBUG",
            "server.tomcat.accesslog.enabled=true",
            "server.tomcat.accesslog.directory=${java.io.tmpdir}/kerjasama-access-log-it",
            "server.tomcat.accesslog.prefix=access",
            "server.tomcat.accesslog.buffered=false",
            "server.tomcat.accesslog.pattern=%h %t \"%r\" %s %b \"%{Referer}i\" %q %U"
        })
class DisplayTokenLogsIT extends BrowserTest {

    static final Path ACCESS_LOG = Path.of(System.getProperty("java.io.tmpdir"), "kerjasama-access-log-it");

    @Autowired
    DisplayLinkService links;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void no_token_reaches_the_logs_the_access_log_or_a_referer_whether_the_link_is_valid_unknown_expired_or_revoked(
            CapturedOutput output) throws IOException {
        var valid = SignIn.as(Roles.ADMIN, () -> links.create("Layar lobi", null));
        var expired = SignIn.as(Roles.ADMIN, () -> links.create("Layar lewat", null));
        jdbc.update(
                "update display_link set expires_at = created_at + interval '1 millisecond' where id = ?",
                expired.link().getId());
        var revoked = SignIn.as(Roles.ADMIN, () -> links.create("Layar dicabut", null));
        SignIn.as(Roles.ADMIN, () -> links.revoke(revoked.link().getId()));
        String unknown = randomToken();
        String mistyped = "salah-ketik-" + randomToken().substring(0, 12);
        List<String> tokens = List.of(valid.token(), expired.token(), revoked.token(), unknown, mistyped);

        List<Map<String, String>> sentHeaders = new ArrayList<>();
        page.onRequest(request -> sentHeaders.add(request.headers()));

        Response shown = page.navigate(url("display/" + valid.token() + "?slides=kpi"));
        assertThat(page.locator("#figure-partners .slide-figure-value")).not().isEmpty();
        assertThat(shown.headerValue("referrer-policy")).isEqualTo("no-referrer");
        assertThat(page.title()).doesNotContain(valid.token());
        for (String refused : List.of(expired.token(), revoked.token(), unknown, mistyped)) {
            Response response = page.navigate(url("display/" + refused + "?slides=kpi"));
            assertThat(page.locator(".display-refused h1")).hasText("Tautan tampilan ini tidak berlaku");
            assertThat(response.headerValue("referrer-policy")).isEqualTo("no-referrer");
        }
        page.navigate(url("display/" + unknown + "/lagi")); // no such route: an anonymous visitor is sent to sign in
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        page.navigate(url("display/" + valid.token() + "?slides=kpi"));
        assertThat(page.locator("#figure-partners .slide-figure-value")).not().isEmpty();
        Browsers.awaitVaadin(page); // the last requests have been answered, and so logged

        String logs = output.getAll();
        String accessLog = readAccessLog();
        for (String token : tokens) {
            assertThat(logs).as("application log").doesNotContain(token);
            assertThat(accessLog).as("access log").doesNotContain(token);
        }
        assertThat(logs)
                .as("the debug logs did see the addresses")
                .contains("Securing GET /display/" + TokenRedaction.MASK + "?slides=kpi")
                .contains("location=display%2F" + TokenRedaction.MASK);
        assertThat(accessLog).contains("GET /display/" + TokenRedaction.MASK + "?slides=kpi");
        // Scripts the page loads send their own address as referrer, never the page's.
        assertThat(sentHeaders).as("every request the page made").isNotEmpty().allSatisfy(headers -> {
            assertThat(headers.getOrDefault("referer", "")).doesNotContain("/display/");
            tokens.forEach(token -> assertThat(headers.values()).noneMatch(value -> value.contains(token)));
        });
    }

    private static String readAccessLog() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(ACCESS_LOG)) {
            for (Path file : files.toList()) {
                text.append(Files.readString(file));
            }
        }
        return text.toString();
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
