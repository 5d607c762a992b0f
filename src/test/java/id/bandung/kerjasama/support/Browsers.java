package id.bandung.kerjasama.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Debian's Chromium under Playwright, never a downloaded browser; and signing in through the real form. */
public final class Browsers {

    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

    private Browsers() {
    }

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser chromium(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"));
        if (Files.isExecutable(DEBIAN_CHROMIUM)) {
            options.setExecutablePath(DEBIAN_CHROMIUM);
        }
        return playwright.chromium().launch(options);
    }

    /** Signs in through the real form at {@code baseUrl}/login; the browser then lands on the dashboard. */
    public static void signIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "login");
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.locator(".view-title").waitFor();
    }
}
