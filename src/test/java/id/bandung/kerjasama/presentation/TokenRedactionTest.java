package id.bandung.kerjasama.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Tokens are taken out of every log line, message and stack trace alike; other text is left as it was. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TokenRedactionTest {

    @Autowired
    DisplayLinkService links;

    @Test
    void a_token_in_a_path_in_a_url_parameter_or_on_its_own_is_masked_and_other_text_kept() {
        String token = "q3Zk9yPp0c_Wm-2xH7vLr4TfBn8sJd1aGe5uKoYiC6E";
        assertThat(TokenRedaction.redact("GET /display/" + token + "?slides=kpi HTTP/1.1"))
                .isEqualTo("GET /display/[token]?slides=kpi HTTP/1.1");
        assertThat(TokenRedaction.redact("/?v-r=init&location=display%2F" + token + "&query=x"))
                .isEqualTo("/?v-r=init&location=display%2F[token]&query=x");
        assertThat(TokenRedaction.redact("Navigation to 'display/salah-ketik' failed"))
                .isEqualTo("Navigation to 'display/[token]' failed");
        assertThat(TokenRedaction.redact("RouteParameters{token=" + token + "}"))
                .isEqualTo("RouteParameters{token=[token]}");
        assertThat(TokenRedaction.redact("Saved request http://localhost:8080/display/" + token + "/x?continue"))
                .isEqualTo("Saved request http://localhost:8080/display/[token]/x?continue");
        String ordinary = "Securing GET /display-links; created display link 'Layar lobi' (id 12), session 3F2A9C; "
                + "embedded PostgreSQL in /srv/wall/display/data/postgres";
        assertThat(TokenRedaction.redact(ordinary)).isEqualTo(ordinary);
    }

    @Test
    void a_calendar_feed_token_is_masked_whatever_its_length_and_the_feed_path_kept() {
        String token = "q3Zk9yPp0c_Wm-2xH7vLr4TfBn8sJd1aGe5uKoYiC6E";
        assertThat(TokenRedaction.redact("Securing GET /calendar/feed/" + token + ".ics"))
                .isEqualTo("Securing GET /calendar/feed/[token]");
        assertThat(TokenRedaction.redact("127.0.0.1 - - \"GET /calendar/feed/salah-ketik.ics HTTP/1.1\" 404 -"))
                .isEqualTo("127.0.0.1 - - \"GET /calendar/feed/[token] HTTP/1.1\" 404 -");
        assertThat(TokenRedaction.redact("https://kerjasama.bandung.go.id/calendar/feed/" + token + ".ics?x=1"))
                .isEqualTo("https://kerjasama.bandung.go.id/calendar/feed/[token]?x=1");
        assertThat(TokenRedaction.redact("redirect=%2Fcalendar%2Ffeed%2F" + token + ".ics"))
                .isEqualTo("redirect=%2Fcalendar%2Ffeed%2F[token]");
        String ordinary = "Securing GET /calendar; feed of calendar rows (42 entries)";
        assertThat(TokenRedaction.redact(ordinary)).isEqualTo(ordinary);
    }

    @Test
    void the_app_log_masks_tokens_in_messages_and_in_exception_messages(CapturedOutput output) {
        String token =
                SignIn.as(Roles.ADMIN, () -> links.create("Layar log", null)).token();
        // As the error page logs a failed navigation, with the exception that carries the location.
        LoggerFactory.getLogger("id.bandung.kerjasama.base.ui.ErrorView")
                .error(
                        "Navigation to '{}' failed [{}]",
                        "display/" + token,
                        "K3Y",
                        new IllegalStateException(
                                "Cannot navigate to 'display/" + token + "'",
                                new IllegalArgumentException("token " + token)));

        assertThat(output.getAll())
                .doesNotContain(token)
                .contains("Navigation to 'display/[token]' failed [K3Y]")
                .contains("java.lang.IllegalStateException: Cannot navigate to 'display/[token]'")
                .contains("Caused by: java.lang.IllegalArgumentException: token [token]");
    }
}
