package id.bandung.kerjasama.it;

import com.microsoft.playwright.Locator;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.security.SystemActor;
import id.bandung.kerjasama.security.UserAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The first journey of every user: the sign-in page, the home view with the real counts, language, sign-out. */
class SignInIT extends BrowserTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pimpinan_signs_in_and_sees_the_home_view_with_the_briefing_counts() {
        page.navigate(url(""));
        assertThat(page).hasURL(url("login"));
        assertThat(page.locator("vaadin-login-form")).containsText("Masuk");
        screenshot("login-id");

        signIn("pimpinan", "bandung");

        assertThat(page.locator(".view-title")).hasText("Beranda");
        assertThat(page.locator("#kpi-sister-cities .kpi-value")).hasText("13");
        long regional = jdbc.queryForObject(
                "select count(distinct partner_id) from agreement where category = 'KSDD'", Long.class);
        assertThat(regional).isGreaterThanOrEqualTo(4);
        assertThat(page.locator("#kpi-regions .kpi-value")).hasText(String.valueOf(regional));
        assertThat(page.locator("#kpi-institutions .kpi-value")).hasText("3");
        assertThat(page.locator("#kpi-software .kpi-value")).hasText("3");
        assertThat(page.locator(".user-role")).hasText("Pimpinan");
        assertThat(page.locator("vaadin-side-nav-item")).hasCount(6);
        screenshot("home-id");

        page.locator("vaadin-button.color-scheme-button").click();
        assertThat(page.locator("html")).hasAttribute("theme", "dark");
        screenshot("home-dark-id");
        page.reload();
        assertThat(page.locator("html")).hasAttribute("theme", "dark");
    }

    @Test
    void the_language_choice_survives_a_reload_and_sign_out_returns_to_the_sign_in_page() {
        signIn("staf", "bandung");
        assertThat(page.locator(".view-title")).hasText("Beranda");

        page.locator("vaadin-select.language-select").click();
        page.locator("vaadin-select-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("English"))
                .click();
        assertThat(page.locator(".view-title")).hasText("Home");
        page.reload();
        assertThat(page.locator(".view-title")).hasText("Home");
        assertThat(page.locator("#kpi-sister-cities .kpi-label")).hasText("Sister cities");
        screenshot("home-en");

        page.locator("vaadin-button.sign-out").click();
        assertThat(page).hasURL(url("login"));
        assertThat(page.locator("vaadin-login-form")).containsText("Sign in");
    }

    @Test
    void an_administrator_sees_user_management_and_a_viewer_cannot_open_it() {
        signIn("admin", "bandung");
        assertThat(page.locator("vaadin-side-nav-item")).hasCount(9);
        page.navigate(url("users"));
        assertThat(page.locator("vaadin-grid")).containsText("pimpinan");
        screenshot("users-id");

        context.clearCookies();
        signIn("pimpinan", "bandung");
        assertThat(page.locator(".view-title")).hasText("Beranda");
        page.navigate(url("users"));
        assertThat(page.locator(".error-view")).containsText("Halaman tidak ditemukan");
        assertThat(page.locator("vaadin-grid")).hasCount(0);
    }

    @Test
    void five_wrong_passwords_lock_the_account_with_a_message_that_says_so() {
        SystemActor.run(() -> accounts.create("penguji-peramban", "Penguji", Roles.Role.STAFF, "kata-sandi-benar"));
        for (int attempt = 1; attempt <= 5; attempt++) {
            attemptSignIn("penguji-peramban", "salah-" + attempt);
            assertThat(page.locator("vaadin-login-form")).containsText("Nama pengguna atau kata sandi salah");
        }
        attemptSignIn("penguji-peramban", "kata-sandi-benar");
        Locator form = page.locator("vaadin-login-form");
        assertThat(form).containsText("Akun dikunci sementara");
        screenshot("login-locked-id");
    }
}
