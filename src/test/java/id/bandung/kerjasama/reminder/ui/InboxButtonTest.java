package id.bandung.kerjasama.reminder.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.live.ServerPush;
import id.bandung.kerjasama.reminder.ReminderService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reminders' bell in the shell: the unread count, the panel's entries leading to their agreement, marking read,
 * the e-mail setting with a bad address refused at its field; viewers have no bell.
 */
@CommittingTest
class InboxButtonTest extends KaribuTest {

    @Autowired
    Records records;

    @Autowired
    AgreementService agreements;

    @Autowired
    ReminderService reminders;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void forgetAddress() {
        jdbc.update("update user_account set email = null where username = 'staf'");
    }

    @Test
    void staff_see_the_unread_count_open_a_reminder_and_it_is_read() {
        Agreement soon = endingIn(20, "Kerja sama <b>air</b> bersih");
        Agreement later = endingIn(100, "Kerja sama pasar");
        SignIn.as(Roles.ADMIN, () -> reminders.runDaily());

        signIn("staf");
        navigate("agreements");
        InboxButton inbox = _get(InboxButton.class);
        ServerPush.awaitUntil(() -> inbox.badge.isVisible());
        assertThat(inbox.badge.getText()).isEqualTo("2");
        assertThat(inbox.bell.getAriaLabel()).contains("Pengingat, 2 belum dibaca");

        inbox.panel.open();
        List<Button> items = items(inbox);
        assertThat(items).hasSize(2);
        String first = items.get(0).getElement().getTextRecursively();
        assertThat(first).contains(soon.getTitle()).contains("Berakhir dalam 20 hari");
        assertThat(items.get(1).getElement().getTextRecursively()).contains("Berakhir dalam 100 hari");
        assertThat(items)
                .allSatisfy(item -> assertThat(item.hasClassName("unread")).isTrue());

        _click(items.get(0));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("agreements/" + soon.getId());
        ServerPush.awaitUntil(() -> "1".equals(_get(InboxButton.class).badge.getText()));
        InboxButton after = _get(InboxButton.class);
        after.panel.open();
        assertThat(items(after).get(0).hasClassName("unread")).isFalse();
        _click(after.markAll);
        assertThat(after.badge.isVisible()).isFalse();
        assertThat(later.getId()).isPositive();
    }

    @Test
    void a_bad_email_address_is_refused_at_its_field_and_a_good_one_is_kept() {
        signIn("staf");
        navigate("agreements");
        InboxButton inbox = _get(InboxButton.class);
        inbox.panel.open();
        _setValue(inbox.email, "staf@bandung.go.id\r\nBcc: semua@contoh.id");
        _click(inbox.saveEmail);
        assertThat(inbox.email.isInvalid()).isTrue();
        assertThat(inbox.email.getErrorMessage()).startsWith("Isi satu alamat e-mail");
        assertThat(jdbc.queryForObject("select email from user_account where username = 'staf'", String.class))
                .isNull();

        _setValue(inbox.email, "  staf@bandung.go.id ");
        _click(inbox.saveEmail);
        assertThat(inbox.email.isInvalid()).isFalse();
        assertThat(jdbc.queryForObject("select email from user_account where username = 'staf'", String.class))
                .isEqualTo("staf@bandung.go.id");
    }

    @Test
    void viewers_have_no_bell() {
        signIn("pimpinan");
        navigate("");
        _assertNone(InboxButton.class);
    }

    private static List<Button> items(InboxButton inbox) {
        MockVaadin.clientRoundtrip();
        return inbox.list
                .getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .toList();
    }

    private Agreement endingIn(int days, String title) {
        LocalDate today = LocalDate.now(clock);
        return records.inForce("Kota Lonceng", title, today.minusYears(2), today.plusDays(days));
    }
}
