package id.bandung.kerjasama.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.security.SystemActor;
import id.bandung.kerjasama.security.UserAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

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
        assertThat(page.locator("#kpi-regions .kpi-value")).hasText("4");
        assertThat(page.locator("#kpi-institutions .kpi-value")).hasText("3");
        assertThat(page.locator("#kpi-software .kpi-value")).hasText("3");
        assertThat(page.locator(".user-role")).hasText("Pimpinan");
        assertThat(page.locator("vaadin-side-nav-item")).hasCount(8);
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
        assertThat(page.locator("vaadin-side-nav-item"))
                .hasCount(13); // with the import, the calendar, the governor's report, display links, users, audit log
        // and backups
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
    void unknown_names_wrong_passwords_and_disabled_accounts_read_the_same_and_nobody_is_locked_out() {
        SystemActor.run(() -> {
            accounts.create("penguji-peramban", "Penguji", Roles.Role.STAFF, "kata-sandi-benar");
            accounts.create("penguji-mati", "Penguji", Roles.Role.STAFF, "kata-sandi-benar");
        });
        long disabled = jdbc.queryForObject("select id from user_account where username = 'penguji-mati'", Long.class);
        SystemActor.run(() -> accounts.setEnabled(disabled, false, "system"));

        attemptSignIn("tidak-ada-sama-sekali", "apa-saja-boleh");
        String unknown = errorText();
        assertThat(unknown).contains("Nama pengguna atau kata sandi salah");
        attemptSignIn("penguji-mati", "kata-sandi-benar");
        assertThat(errorText()).isEqualTo(unknown);
        for (int attempt = 1; attempt <= 4; attempt++) {
            attemptSignIn("penguji-peramban", "salah-" + attempt);
            assertThat(errorText()).isEqualTo(unknown);
        }
        screenshot("login-refused-id");

        // The failures slow the next try by a few seconds; the right password still gets in.
        signIn("penguji-peramban", "kata-sandi-benar");
        assertThat(page.locator(".view-title")).hasText("Beranda");
    }

    @Test
    void a_role_change_ends_the_open_session_of_that_account_within_seconds() {
        SystemActor.run(() -> accounts.create("penguji-sesi", "Penguji Sesi", Roles.Role.STAFF, "kata-sandi-sesi-1"));
        long id = jdbc.queryForObject("select id from user_account where username = 'penguji-sesi'", Long.class);
        signIn("penguji-sesi", "kata-sandi-sesi-1");
        page.navigate(url("partners"));
        assertThat(page.locator("#new-partner")).isVisible();

        SystemActor.run(() -> accounts.changeRole(id, Roles.Role.VIEWER));

        // The open screen goes to the sign-in page by itself, and the old session opens nothing any more.
        assertThat(page)
                .hasURL(
                        url("login"),
                        new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions().setTimeout(10_000));
        page.navigate(url("partners/new"));
        assertThat(page).hasURL(url("login"));

        signIn("penguji-sesi", "kata-sandi-sesi-1");
        page.navigate(url("partners"));
        assertThat(page.locator(".view-title")).hasText("Mitra");
        assertThat(page.locator("#new-partner")).hasCount(0);
    }

    /** The failures of this class's tests, all from 127.0.0.1, do not slow the sign-ins of the next test classes. */
    @org.junit.jupiter.api.AfterEach
    void forgetFailedSignIns() {
        jdbc.update("delete from sign_in_throttle");
    }

    /** The title and message of the sign-in form's error, as the person reads them. */
    private String errorText() {
        Locator title = page.locator("vaadin-login-form [part='error-message-title']");
        assertThat(title).isVisible();
        return title.innerText() + " / "
                + page.locator("vaadin-login-form [part='error-message-description']")
                        .innerText();
    }
}
