package id.bandung.kerjasama.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.reminder.ReminderService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reminders' bell in a real Chromium: staff see the unread count in the top bar, open the panel, follow a
 * reminder to its agreement (marking it read), in Indonesian and in English.
 */
class ReminderIT extends BrowserTest {

    @Autowired
    Records records;

    @Autowired
    AgreementService agreements;

    @Autowired
    ReminderService reminders;

    @Autowired
    Clock clock;

    @Test
    void staff_follow_a_reminder_from_the_bell_to_the_agreement() {
        Agreement soon = endingIn(12, "Kerja sama pengelolaan air bersih", "Kota Cimahi Uji");
        endingIn(75, "Kerja sama <b>pasar</b> kreatif", "Kabupaten Sumedang Uji");
        SignIn.as(Roles.ADMIN, () -> reminders.runDaily());

        signIn("staf", "bandung");
        page.navigate(url("agreements"));
        Locator badge = page.locator(".inbox-badge");
        assertThat(badge).hasText("2");
        assertThat(page.locator("vaadin-button.inbox-bell")).hasAttribute("aria-label", "Pengingat, 2 belum dibaca");
        page.locator("vaadin-button.inbox-bell").click();
        Locator items = page.locator("vaadin-popover-overlay .inbox-item");
        assertThat(items).hasCount(2);
        assertThat(items.first()).containsText("Berakhir dalam 12 hari");
        assertThat(items.nth(1)).containsText("Kerja sama <b>pasar</b> kreatif");
        screenshot("inbox-id");

        items.first().click();
        page.waitForURL(url -> url.endsWith("agreements/" + soon.getId()));
        assertThat(badge).hasText("1");

        page.navigate(url("agreements?lang=en"));
        page.locator("vaadin-button.inbox-bell").click();
        assertThat(page.locator("vaadin-popover-overlay .inbox-item").first()).containsText("Ends in 12 days");
        screenshot("inbox-en");
        assertThat(soon.getId()).isPositive();
    }

    private Agreement endingIn(int days, String title, String partnerName) {
        LocalDate today = LocalDate.now(clock);
        return records.inForce(partnerName, title, today.minusYears(2), today.plusDays(days));
    }
}
