package id.bandung.kerjasama.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import id.bandung.kerjasama.support.Browsers;
import org.junit.jupiter.api.Test;

/**
 * The administrator's new dialogs of issue 9 in English: changing a role (which ends the account's sessions) and a
 * display link with a last valid day, refused when that day has passed.
 */
class AdminDialogsIT extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void the_role_dialog_and_the_display_link_expiry_speak_english_and_refuse_a_past_day() {
        signIn("admin", "bandung");
        page.navigate(url("users?lang=en"));
        Browsers.awaitVaadin(page);
        assertThat(page.locator(".view-title")).hasText("Users");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Change role"))
                .first()
                .click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).isVisible();
        assertThat(dialog).containsText("Role of ");
        assertThat(dialog.locator("vaadin-select")).isVisible();
        assertThat(dialog).containsText("The account's open sessions end");
        screenshot("users-change-role-en");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel"))
                .click();

        page.navigate(url("display-links?lang=en"));
        Browsers.awaitVaadin(page);
        page.locator("#new-display-link").click();
        Locator validUntil = page.locator("#display-link-valid-until");
        assertThat(validUntil).isVisible();
        page.locator("vaadin-text-field")
                .filter(new Locator.FilterOptions().setHasText("Screen name"))
                .locator("input")
                .fill("Lobby screen");
        validUntil.locator("input").fill("1/1/2020");
        validUntil.locator("input").press("Enter");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Create link"))
                .click();
        assertThat(validUntil).containsText("Choose today or a later date.");
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                        "select count(*) from display_link where name = 'Lobby screen'", Long.class))
                .isZero();
        screenshot("display-link-expiry-past-en");
    }
}
