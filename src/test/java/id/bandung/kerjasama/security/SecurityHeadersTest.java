package id.bandung.kerjasama.security;

import id.bandung.kerjasama.support.SecurityStrategyListener;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers every response carries, over plain HTTP and behind the README's TLS proxy (which tells the app the
 * original protocol in X-Forwarded-Proto; the app trusts it from loopback and private addresses only).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"dev", "test"})
@TestExecutionListeners(listeners = SecurityStrategyListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void every_page_carries_the_content_security_policy_and_may_not_be_framed() throws Exception {
        HttpResponse<String> response = get("login", false);
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("frame-ancestors 'none'").contains("object-src 'none'")
                .contains("base-uri 'self'").contains("default-src 'self'").doesNotContain("*");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(get("VAADIN/does-not-exist.js", false).headers().firstValue("Content-Security-Policy"))
                .isPresent();
    }

    @Test
    void over_plain_http_no_hsts_and_no_secure_cookie() throws Exception {
        HttpResponse<String> response = get("login", false);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure"));
    }

    @Test
    void behind_the_tls_proxy_the_session_cookie_is_secure_and_hsts_is_sent() throws Exception {
        HttpResponse<String> response = get("login", true);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
    }

    private HttpResponse<String> get(String path, boolean behindTlsProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path));
        if (behindTlsProxy) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
