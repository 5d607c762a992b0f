package id.bandung.kerjasama.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.presentation.DisplayLinkService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.Browsers;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The partner map drawn in Chromium: a marker per sister city where the facts put it, a marker opening its partner by
 * mouse and by keyboard, the Indonesia view, the presentation's labelled slide in both themes, and not one request
 * beyond the app's own origin while any of it draws (no tile server, no font, no CDN).
 */
class MapIT extends BrowserTest {

    static final String[] SISTER_CITIES = {
        "Braunschweig",
        "Fort Worth",
        "Suwon",
        "Yingkou",
        "Liuzhou",
        "Petaling Jaya",
        "Shenzhen",
        "Hamamatsu",
        "Seoul",
        "Namur",
        "Toyota",
        "Cotabato",
        "Cuenca"
    };

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PartnerService partners;

    @Autowired
    DisplayLinkService displayLinks;

    /** Every request and WebSocket the browser opens, from any page of the context (a service worker's too). */
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private void recordRequests() {
        context.onRequest(request -> requests.add(request.url()));
        page.onWebSocket(socket -> requests.add(socket.url()));
    }

    private void assertNothingLeftTheOrigin() {
        String origin = "http://localhost:" + port + "/";
        String socketOrigin = "ws://localhost:" + port + "/";
        assertThat(requests).isNotEmpty();
        assertThat(requests)
                .as("requests beyond the app's own origin")
                .allMatch(url -> url.startsWith(origin)
                        || url.startsWith(socketOrigin)
                        || url.startsWith("data:")
                        || url.startsWith("blob:"));
    }

    @Test
    void the_dashboard_draws_a_marker_per_sister_city_that_opens_it_and_asks_nothing_from_outside() {
        recordRequests();
        signIn("pimpinan", "bandung");
        Locator map = page.locator("kerjasama-map");
        map.scrollIntoViewIfNeeded();
        assertThat(map).hasAttribute("data-view-drawn", "world");
        assertThat(map).hasAttribute("data-markers", "20");
        for (String city : SISTER_CITIES) {
            assertThat(page.locator("kerjasama-map circle[role=link][aria-label='" + city + "']"))
                    .hasCount(1);
        }
        assertThat(page.locator("kerjasama-map .legend-SISTER_CITY .count")).hasText("13");
        assertThat(page.locator("kerjasama-map .source")).hasText("Peta: Natural Earth");
        assertThat(page.locator("#map-missing")).isHidden();
        assertNothingLeftTheOrigin();
        page.locator("#partner-map").screenshot(new Locator.ScreenshotOptions().setPath(shot("map-world-id")));

        page.locator("kerjasama-map circle[aria-label='Fort Worth']").hover();
        assertThat(page.locator("kerjasama-map .tooltip")).hasText("Fort Worth · Sister city");
        page.locator("#partner-map").screenshot(new Locator.ScreenshotOptions().setPath(shot("map-world-tooltip")));

        long braunschweig = id("Braunschweig");
        page.locator("kerjasama-map circle[aria-label='Braunschweig']").click();
        assertThat(page).hasURL(url("partners/" + braunschweig));
        assertThat(page.locator(".editor-panel")).isVisible();
        assertNothingLeftTheOrigin();
    }

    @Test
    void the_keyboard_reaches_the_markers_as_one_tab_stop_and_enter_opens_one() {
        signIn("pimpinan", "bandung");
        Locator map = page.locator("kerjasama-map");
        map.scrollIntoViewIfNeeded();
        assertThat(map).hasAttribute("data-view-drawn", "world");
        assertThat(page.locator("kerjasama-map circle[tabindex='0']")).hasCount(1);
        page.locator("kerjasama-map circle[tabindex='0']").focus();
        page.keyboard().press("ArrowRight");
        Locator focused = page.locator("kerjasama-map circle[tabindex='0']");
        assertThat(focused).isFocused();
        String name = focused.getAttribute("aria-label");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(url("partners/" + id(name)));
    }

    @Test
    void the_indonesia_view_and_the_english_dashboard_draw_from_the_apps_own_origin() {
        recordRequests();
        signIn("pimpinan", "bandung");
        page.locator("#map-view-indonesia").click();
        Locator map = page.locator("kerjasama-map");
        map.scrollIntoViewIfNeeded();
        assertThat(map).hasAttribute("data-view-drawn", "indonesia");
        // The four bordering regions, and Petaling Jaya across the Strait of Malacca.
        assertThat(page.locator("kerjasama-map circle.k-REGIONAL")).hasCount(4);
        assertThat(page.locator("kerjasama-map circle[aria-label='Kota Cimahi']"))
                .hasCount(1);
        assertThat(page.locator("kerjasama-map circle[aria-label='Petaling Jaya']"))
                .hasCount(1);
        assertThat(page.locator("kerjasama-map circle[aria-label='Suwon']")).hasCount(0);
        page.locator("#partner-map").screenshot(new Locator.ScreenshotOptions().setPath(shot("map-indonesia-id")));
        assertNothingLeftTheOrigin();

        page.navigate(url("?lang=en"));
        map.scrollIntoViewIfNeeded();
        assertThat(map).hasAttribute("data-view-drawn", "world");
        assertThat(page.locator("kerjasama-map .legend-INSTITUTION")).containsText("Foreign institution");
        assertThat(page.locator("kerjasama-map .source")).hasText("Map: Natural Earth");
        page.locator("#partner-map").screenshot(new Locator.ScreenshotOptions().setPath(shot("map-world-en")));
        page.locator("vaadin-button.color-scheme-button").click();
        assertThat(page.locator("html")).hasAttribute("theme", "dark");
        map.scrollIntoViewIfNeeded();
        page.locator("#partner-map").screenshot(new Locator.ScreenshotOptions().setPath(shot("map-world-en-dark")));
        assertNothingLeftTheOrigin();
    }

    @Test
    void the_presentations_map_names_every_sister_city_in_large_type_dark_and_light() {
        recordRequests();
        signIn("pimpinan", "bandung");
        for (String theme : new String[] {"dark", "light"}) {
            page.navigate(url("presentation?slides=map&interval=600" + (theme.equals("light") ? "&theme=light" : "")));
            Locator map = page.locator("kerjasama-map");
            assertThat(map).hasAttribute("data-view-drawn", "world");
            Browsers.awaitSlideShown(page);
            Locator labels = page.locator("kerjasama-map .labels text");
            for (String city : SISTER_CITIES) {
                assertThat(labels.filter(new Locator.FilterOptions().setHasText(city)))
                        .hasCount(1);
            }
            assertThat(labels.and(page.locator(":not(.home-label)"))).hasCount(16); // and the three technical partners
            assertThat(page.locator("kerjasama-map circle[role=link]")).hasCount(0);
            assertThat(page.locator("kerjasama-map .inset-title")).hasText("Indonesia");
            double fontSize = ((Number)
                            page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('kerjasama-map')"
                                    + ".shadowRoot.querySelector('.labels text')).fontSize)"))
                    .doubleValue();
            assertThat(fontSize).as("the names' size in px").isGreaterThanOrEqualTo(28);
            screenshot("map-presentation-" + theme);
        }
        page.setViewportSize(1920, 1080);
        assertThat(page.locator("kerjasama-map .labels text:not(.home-label)")).hasCount(16);
        page.waitForFunction("() => document.querySelector('kerjasama-map').shadowRoot"
                + ".querySelector('svg').getAttribute('viewBox').startsWith('0 0 ')"
                + " && document.querySelector('kerjasama-map').shadowRoot.querySelector('svg').clientWidth > 1500");
        screenshot("map-presentation-light-1920");
        assertNothingLeftTheOrigin();
    }

    @Test
    void a_partner_given_coordinates_reaches_the_open_dashboards_map_without_a_reload() {
        signIn("pimpinan", "bandung");
        Locator map = page.locator("kerjasama-map");
        map.scrollIntoViewIfNeeded();
        assertThat(map).hasAttribute("data-markers", "20");
        String before = map.getAttribute("src");

        String name = Records.unique("Kota Peta");
        Partner partner = new Partner(name, PartnerKind.CITY, "JP");
        partner.setLatitude(new BigDecimal("43.0621"));
        partner.setLongitude(new BigDecimal("141.3544"));
        SignIn.as(Roles.STAFF, () -> partners.save(partner));

        assertThat(map).hasAttribute("data-markers", "21");
        assertThat(page.locator("kerjasama-map circle[role=link][aria-label='" + name + "']"))
                .hasCount(1);
        // The markers came from a new address of their own, not inside Vaadin's messages.
        assertThat(map).not().hasAttribute("src", before);
        assertThat(map).hasAttribute("src", Pattern.compile("^VAADIN/dynamic/resource/.*/markers\\.json$"));
    }

    @Test
    void a_display_links_map_draws_in_a_session_that_never_signed_in() {
        recordRequests();
        String token =
                SignIn.as(Roles.ADMIN, () -> displayLinks.create("Layar peta")).token();
        page.navigate(url("display/" + token + "?slides=map&interval=600"));
        Locator map = page.locator("kerjasama-map");
        assertThat(map).hasAttribute("data-view-drawn", "world");
        // The 20 partners, and those within Indonesia's extent once more in the inset.
        assertThat(map).hasAttribute("data-markers", "24");
        assertThat(page.locator("kerjasama-map .labels text:not(.home-label)")).hasCount(16);
        assertThat(page.locator("kerjasama-map circle[role=link]")).hasCount(0);
        assertNothingLeftTheOrigin();
    }

    private long id(String name) {
        return jdbc.queryForObject("select id from partner where name = ?", Long.class, name);
    }

    private static java.nio.file.Path shot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return SCREENSHOTS.resolve(name + ".png");
    }
}
