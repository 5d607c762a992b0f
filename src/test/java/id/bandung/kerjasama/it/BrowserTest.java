package id.bandung.kerjasama.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import id.bandung.kerjasama.support.Browsers;
import id.bandung.kerjasama.support.CommittedRows;
import id.bandung.kerjasama.support.SecurityStrategyListener;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A real Chromium (Debian's, never a downloaded one) against the app on a random port, with the dev profile's
 * sample accounts and a throwaway database. Screenshots go to target/screenshots/. The browser's requests commit, as in
 * the running app; what a test created is removed after it ({@link CommittedRows}), so every test starts from the
 * briefing's facts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"dev", "test"})
@TestExecutionListeners(
        listeners = SecurityStrategyListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@ExtendWith(CommittedRows.class)
abstract class BrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchBrowser() {
        // The first page of a cold server (JIT, chart bundle) can take longer than Playwright's 5 s default.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** What the browser refused under the Content-Security-Policy: a view that needs more than the policy allows. */
    private final java.util.List<String> policyViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void openPage() {
        context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1440, 900).setLocale("en-US"));
        context.setDefaultTimeout(30_000);
        watchPolicy(context);
        page = context.newPage();
    }

    private void watchPolicy(BrowserContext target) {
        target.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
    }

    @AfterEach
    void noPolicyViolations() {
        org.assertj.core.api.Assertions.assertThat(policyViolations)
                .as("Content-Security-Policy violations")
                .isEmpty();
    }

    private final java.util.List<BrowserContext> others = new java.util.ArrayList<>();

    @AfterEach
    void closePage() {
        context.close();
        others.forEach(BrowserContext::close);
        others.clear();
    }

    /** A second browser, as another person at another desk: its own cookies, its own session. */
    Page anotherBrowser() {
        BrowserContext other = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1440, 900).setLocale("en-US"));
        other.setDefaultTimeout(30_000);
        watchPolicy(other);
        others.add(other);
        return other.newPage();
    }

    /** Picks an option of a combo box by typing part of it. */
    static void choose(Locator comboBox, String option) {
        comboBox.locator("input").fill(option);
        comboBox.page()
                .locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(option))
                .first()
                .click();
    }

    static void screenshot(Page target, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        target.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Signs in through the real form and lands on the dashboard (see {@link Browsers#signIn}). */
    void signIn(String username, String password) {
        Browsers.signIn(page, url(""), username, password);
    }

    /** Tries a sign-in that will be refused, through the real form, once; the form returns with its message. */
    void attemptSignIn(String username, String password) {
        page.navigate(url("login"));
        Browsers.awaitVaadin(page);
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        // A refused try may be held back by the sign-in throttle for a few seconds before the form returns.
        page.locator("vaadin-login-form vaadin-button[slot='submit']")
                .click(new Locator.ClickOptions().setNoWaitAfter(true));
        page.waitForURL(url("login?error"), new Page.WaitForURLOptions().setTimeout(60_000));
        Browsers.awaitVaadin(page);
    }

    void screenshot(String name) {
        screenshot(page, name);
    }

    /**
     * A screenshot of a long view: the app layout scrolls inside the window, so the window grows to the given
     * height for the shot, then returns to 1440 x 900.
     */
    void screenshotTall(String name, int height) {
        page.setViewportSize(1440, height);
        page.waitForFunction("height => window.innerHeight === height", height);
        Browsers.awaitVaadin(page);
        Browsers.awaitChartsDrawn(page);
        Browsers.awaitMapsDrawn(page);
        screenshot(name);
        page.setViewportSize(1440, 900);
    }
}
