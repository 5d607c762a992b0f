package id.bandung.kerjasama.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import id.bandung.kerjasama.support.Browsers;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The briefing presentation in Chromium: live figures from another desk, every slide, the handout, a wall screen. */
class PresentationIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staff_add_a_sister_city_and_the_open_presentation_counts_it_within_two_seconds() {
        presentAsViewer("presentation?slides=kpi,sister-cities&interval=600");
        Locator sisterCities = page.locator("#figure-sister-cities .slide-figure-value");
        long before = jdbc.queryForObject(
                "select count(distinct partner_id) from agreement where category = 'KSDPL'", Long.class);
        assertThat(sisterCities).hasText(String.valueOf(before));

        Page staff = anotherBrowser();
        Browsers.signIn(staff, url(""), "staf", "bandung");
        assertThat(staff.locator(".view-title")).hasText("Beranda");
        String city = "Lyon " + UUID.randomUUID().toString().substring(0, 6);
        try {
            addSisterCityAndWatch(staff, city, sisterCities, before);
        } finally { // the other browser tests count the briefing's 13 sister cities
            jdbc.update("delete from agreement where partner_id in (select id from partner where name = ?)", city);
            jdbc.update("delete from partner where name = ?", city);
        }
    }

    private void addSisterCityAndWatch(Page staff, String city, Locator sisterCities, long before) {
        staff.navigate(url("partners/new"));
        Locator editor = staff.locator(".editor-panel");
        editor.getByLabel("Nama").fill(city);
        choose(editor.locator("vaadin-combo-box").filter(new Locator.FilterOptions().setHasText("Negara")), "Prancis");
        editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Simpan"))
                .click();
        assertThat(staff.locator("vaadin-notification-card")).containsText(city);

        staff.navigate(url("agreements/new"));
        editor = staff.locator(".editor-panel");
        editor.getByLabel("Judul").fill("Sister city Bandung–" + city);
        choose(editor.locator("vaadin-combo-box.partner-picker"), city);
        choose(editor.locator("vaadin-combo-box").filter(new Locator.FilterOptions().setHasText("Kategori")), "KSDPL");
        choose(
                editor.locator("vaadin-combo-box").filter(new Locator.FilterOptions().setHasText("Jenis naskah")),
                "Kesepakatan bersama");
        Locator fields = editor.locator("vaadin-multi-select-combo-box");
        fields.locator("input").fill("Kebudayaan");
        staff.locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Kebudayaan"))
                .click();
        fields.locator("input").press("Escape");
        editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Simpan"))
                .click();

        // Pushed to the open presentation: no reload, within two seconds of the save.
        assertThat(sisterCities)
                .hasText(String.valueOf(before + 1), new LocatorAssertions.HasTextOptions().setTimeout(2_000));
        assertThat(staff.locator("vaadin-notification-card").last()).containsText("disimpan");
        assertThat(page.locator(".slide.current")).hasId("slide-kpi");
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#slide-sister-cities")).containsText(city);
    }

    @Test
    void every_slide_shows_on_its_own_and_the_deck_prints_one_slide_per_a4_page() {
        presentAsViewer("presentation?interval=600");
        Locator slides = page.locator(".slide");
        assertThat(slides).hasCount(13);
        assertThat(page.locator(".slide-counter")).hasText("1 / 13");
        for (int i = 0; i < 13; i++) {
            Locator current = page.locator(".slide.current");
            assertThat(current).hasCount(1);
            assertThat(current.locator(".slide-title")).isVisible();
            Browsers.awaitSlideShown(page);
            screenshot(
                    "presentation-" + (i + 1) + "-" + current.getAttribute("id").substring("slide-".length()));
            page.keyboard().press("ArrowRight");
        }
        assertThat(page.locator(".slide-counter")).hasText("1 / 13");

        page.keyboard().press("Space");
        assertThat(page.locator(".pause-badge")).isVisible();
        assertThat(page.locator(".pause-badge")).hasText("Dijeda");
        page.keyboard().press("End");
        assertThat(page.locator(".slide.current")).hasId("slide-map");
        page.keyboard().press("Home");
        assertThat(page.locator(".slide.current")).hasId("slide-kpi");
        page.mouse().move(700, 400);
        assertThat(page.locator(".presentation-controls")).hasCSS("opacity", "1");
        screenshot("presentation-paused-controls");

        byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true).setPrintBackground(true));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count())
                .isEqualTo(13);
        var mediaBox =
                Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]").matcher(text);
        assertThat(mediaBox.find()).isTrue();
        assertThat(Double.parseDouble(mediaBox.group(1)))
                .as("A4 landscape width in points")
                .isBetween(840.0, 844.0);
        assertThat(Double.parseDouble(mediaBox.group(2)))
                .as("A4 landscape height in points")
                .isBetween(593.0, 597.0);
    }

    @Test
    void the_slides_advance_by_themselves_after_the_interval() {
        presentAsViewer("presentation?slides=kpi,country&interval=5&lang=en");
        assertThat(page.locator(".slide.current .slide-title")).hasText("Bandung's cooperation in numbers");
        assertThat(page.locator(".slide.current"))
                .hasId("slide-country", new LocatorAssertions.HasIdOptions().setTimeout(8_000));
        // the cross-fade has ended: only the new slide shows
        page.waitForFunction(
                "() => getComputedStyle(document.querySelector('.slide.current')).opacity === '1'"
                        + " && [...document.querySelectorAll('.slide:not(.current)')]"
                        + ".every(slide => getComputedStyle(slide).opacity === '0' || getComputedStyle(slide).display === 'none')");
        screenshot("presentation-country-en");
    }

    @Test
    void an_administrators_display_link_opens_a_wall_screen_until_it_is_revoked() {
        signIn("admin", "bandung");
        assertThat(page.locator(".view-title")).hasText("Beranda");
        page.navigate(url("display-links"));
        page.locator("#new-display-link").click();
        page.locator("vaadin-dialog-overlay").getByLabel("Nama layar").fill("Layar lobi Balai Kota");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buat tautan"))
                .click();
        Locator address = page.locator(".display-link-address input");
        assertThat(address).hasValue(Pattern.compile(".*/display/[A-Za-z0-9_-]{43}$"));
        String link = address.inputValue();
        screenshot("display-link-created");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Selesai"))
                .click();

        Page wall = anotherBrowser();
        wall.navigate(link + "?slides=kpi");
        assertThat(wall.locator("#figure-partners .slide-figure-value")).not().isEmpty();
        assertThat(wall.locator(".exit-link")).hasCount(0);
        screenshot(wall, "display-link-wall");
        wall.navigate(url("partners"));
        assertThat(wall).hasURL(url("login"));
        wall.navigate(link + "?slides=kpi");
        assertThat(wall.locator(".slide.current")).hasId("slide-kpi");

        page.navigate(url("display-links"));
        assertThat(page.locator("vaadin-grid")).containsText("Layar lobi Balai Kota");
        screenshot("display-links");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cabut"))
                .first()
                .click();
        page.locator("vaadin-confirm-dialog-overlay")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cabut"))
                .click();
        assertThat(wall.locator(".display-refused"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(5_000));
        assertThat(wall.locator(".display-refused h1")).hasText("Tautan tampilan ini tidak berlaku");
        screenshot(wall, "display-link-revoked");
    }

    /** The mayor's office signs in and opens the presentation at {@code address}. */
    private void presentAsViewer(String address) {
        signIn("pimpinan", "bandung");
        assertThat(page.locator(".view-title")).hasText("Beranda");
        page.navigate(url(address));
    }
}
