package id.bandung.kerjasama.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Debian's Chromium under Playwright, never a downloaded browser; and signing in through the real form. */
public final class Browsers {

    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

    private Browsers() {}

    public static Playwright playwright() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser chromium(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync"));
        if (Files.isExecutable(DEBIAN_CHROMIUM)) {
            options.setExecutablePath(DEBIAN_CHROMIUM);
        }
        return playwright.chromium().launch(options);
    }

    /**
     * Signs in through the real form at {@code baseUrl}/login; the browser then lands on the dashboard. Vaadin's
     * sign-in form can race its own page reload against the redirect after sign-in (vaadin/flow#12640), leaving an
     * empty form on rare occasions; then it signs in again, as a person would. A refused password is not retried.
     */
    public static void signIn(Page page, String baseUrl, String username, String password) {
        for (int attempt = 1; ; attempt++) {
            page.navigate(baseUrl + "login");
            awaitVaadin(page); // typing before Flow has attached the form would type into fields it then replaces
            if (page.locator("vaadin-login-form").count() == 0) { // already signed in: the view forwards
                page.locator(".view-title").waitFor();
                return;
            }
            submitSignIn(page, username, password);
            try {
                page.locator(".view-title").waitFor(new Locator.WaitForOptions().setTimeout(15_000));
                return;
            } catch (TimeoutError e) {
                if (attempt == 3 || page.locator("vaadin-login-form[error]").count() > 0) {
                    throw e;
                }
            }
        }
    }

    /** Fills in the sign-in form on the current page and submits it. */
    public static void submitSignIn(Page page, String username, String password) {
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
    }

    /**
     * Waits until every chart on the page has finished drawing: its bars, slices and lines have kept the same shape
     * for one polling interval (ApexCharts grows them in with a short animation). A page without charts is ready.
     */
    public static void awaitChartsDrawn(Page page) {
        page.waitForFunction("""
                () => {
                  if (!document.querySelector('kerjasama-chart')) return true;
                  const shapes = [...document.querySelectorAll('kerjasama-chart path.apexcharts-bar-area, '
                      + 'kerjasama-chart path.apexcharts-pie-area, kerjasama-chart path.apexcharts-line, '
                      + 'kerjasama-chart path.apexcharts-area')].map(path => path.getAttribute('d')).join('|');
                  const settled = shapes.length > 0 && window.__chartShapes === shapes;
                  window.__chartShapes = shapes;
                  return settled;
                }""", null, new Page.WaitForFunctionOptions().setPollingInterval(150));
    }

    /**
     * Waits until the presentation's cross-fade has ended (only the current slide is visible) and its charts and maps
     * are drawn.
     */
    public static void awaitSlideShown(Page page) {
        page.waitForFunction("""
                () => [...document.querySelectorAll('.slide:not(.current)')]
                    .every(slide => getComputedStyle(slide).visibility === 'hidden')""");
        awaitChartsDrawn(page);
        awaitMapsDrawn(page);
    }

    /** Waits until every partner map on the page has drawn the view it shows (a page without a map is ready). */
    public static void awaitMapsDrawn(Page page) {
        page.waitForFunction("""
                () => [...document.querySelectorAll('kerjasama-map')]
                    .every(map => map.dataset.viewDrawn && map.dataset.viewDrawn === map.getAttribute('view'))""");
    }

    /** Waits until every image on the page has loaded or failed, so that any error handler on one has run. */
    public static void awaitImagesSettled(Page page) {
        page.waitForFunction("() => [...document.images].every(image => image.complete)");
    }

    /** Waits until Vaadin's client has started and has no request to the server in flight. */
    public static void awaitVaadin(Page page) {
        page.waitForFunction("""
                () => {
                  const clients = Object.values(window.Vaadin?.Flow?.clients ?? {});
                  return clients.length > 0 && clients.every(client => !client.isActive || !client.isActive());
                }""");
    }
}
