package id.bandung.kerjasama.security.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import id.bandung.kerjasama.security.UserAccount;
import id.bandung.kerjasama.support.HostileForms;
import id.bandung.kerjasama.support.HostileText;
import id.bandung.kerjasama.support.KaribuTest;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every hostile text as the display name of a new account: stored literally, or refused at the field. */
class AccountHostileInputTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hostile_display_names_are_stored_literally_or_refused_at_the_field() {
        signIn("admin");
        AtomicInteger attempt = new AtomicInteger();
        SoftAssertions softly = new SoftAssertions();
        int tried = HostileForms.tryEach(
                HostileText.Field.line("displayName", UserAccount.DISPLAY_NAME_MAX),
                () -> {
                    navigate("users");
                    _click(_get(Button.class, spec -> spec.withId("new-account")));
                    AccountDialog dialog = _get(AccountDialog.class);
                    _setValue(dialog.username, username(attempt.incrementAndGet()));
                    _setValue(dialog.password, "kata-sandi-uji-masukan");
                    return dialog.displayName;
                },
                () -> _click(_get(AccountDialog.class).save),
                () -> _get(AccountDialog.class).close(),
                () -> jdbc
                        .queryForList(
                                "select display_name from user_account where username = ?",
                                String.class,
                                username(attempt.get()))
                        .stream()
                        .findFirst()
                        .orElse(null),
                softly);
        softly.assertAll();
        assertThat(tried).isEqualTo(22);
    }

    private static String username(int attempt) {
        return "uji-nama-" + attempt;
    }
}
