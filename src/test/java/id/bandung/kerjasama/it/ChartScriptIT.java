package id.bandung.kerjasama.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.presentation.DisplayLinkService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.software.Adoption;
import id.bandung.kerjasama.software.AdoptionService;
import id.bandung.kerjasama.software.AdoptionStatus;
import id.bandung.kerjasama.software.Software;
import id.bandung.kerjasama.software.SoftwareCategory;
import id.bandung.kerjasama.software.SoftwareService;
import id.bandung.kerjasama.support.Browsers;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stored text that reaches a chart never runs as script (issue 9): staff save software and partners with markup in
 * their names, and an administrator's dashboard, the presentation and a display link show them literally while the
 * mouse passes over every bar, slice and legend. ApexCharts writes tooltips and legends with innerHTML
 * (apexcharts#816, #3937); the chart element escapes what it hands over. The chart menu's CSV neutralises formulas.
 */
class ChartScriptIT extends BrowserTest {

    static final String IMG = "<img src=x onerror=\"window.__xss=1\">Aplikasi Uji";
    static final String SVG = "<svg onload=\"window.__xss=2\"></svg><b>Kota</b> Uji & 'Mitra'";
    static final String SCRIPT = "<script>window.__xss=3</script>Sistem <i>Surat</i>";
    static final String FORMULA = "=cmd|' /C calc'!A0";
    static final String AT_FORMULA = "@SUM(1+1)*cmd|' /C calc'!A0";
    static final String QUOTED = "Aplikasi \"Satu\"; Dua";

    /** Nothing that the hostile names carry may exist in the page as an element or attribute. */
    private static final String INJECTED = "img[src='x'], [onerror], [onload], .apexcharts-canvas script, "
            + ".apexcharts-tooltip b, .apexcharts-tooltip i, .apexcharts-legend b, .apexcharts-legend i";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Records records;

    @Autowired
    PartnerService partners;

    @Autowired
    AgreementService agreements;

    @Autowired
    SoftwareService software;

    @Autowired
    AdoptionService adoptions;

    @Autowired
    DisplayLinkService displayLinks;

    private final List<Long> softwareIds = new ArrayList<>();
    private final List<Long> partnerIds = new ArrayList<>();

    @AfterEach
    void removeHostileRecords() { // the other browser tests count partners, agreements and adoptions
        softwareIds.forEach(id -> jdbc.update("delete from adoption where software_id = ?", id));
        partnerIds.forEach(id -> jdbc.update("delete from adoption where partner_id = ?", id));
        partnerIds.forEach(id -> jdbc.update("delete from agreement where partner_id = ?", id));
        softwareIds.forEach(id -> jdbc.update("delete from software where id = ?", id));
        partnerIds.forEach(id -> jdbc.update("delete from partner where id = ?", id));
        jdbc.update("delete from display_link where name = ?", SVG);
    }

    @Test
    void hostile_names_run_no_script_and_read_literally_in_dashboard_presentation_and_display_link() {
        Partner institution = hostileInstitution();
        List<Partner> adopters = adopters(institution);
        adoptedByAll(IMG, adopters);
        adoptedByAll(SCRIPT, adopters.subList(0, 2));

        signIn("admin", "bandung");
        assertThat(page.locator("#chart-software svg.apexcharts-svg")).hasCount(1);
        assertThat(page.locator("#chart-years svg.apexcharts-svg")).hasCount(1);
        detectorWorks();
        Locator softwareBars = page.locator("#chart-software path.apexcharts-bar-area");
        assertThat(softwareBars.first()).isVisible();
        Browsers.awaitChartsDrawn(page);
        softwareBars.first().hover(new Locator.HoverOptions().setForce(true));
        Locator tooltip = page.locator("#chart-software .apexcharts-tooltip");
        assertThat(tooltip.locator(".apexcharts-tooltip-title")).hasText(IMG);
        assertThat(tooltip.locator(".apexcharts-tooltip-text-y-label")).hasText("Adopsi:");
        screenshot("chart-script-dashboard-tooltip");
        // the axis labels are SVG text: literal, not escaped twice
        assertThat(page.locator("#chart-software .apexcharts-yaxis-label").first())
                .containsText("<img src=x");
        softwareBars.nth(1).hover(new Locator.HoverOptions().setForce(true));
        assertThat(tooltip.locator(".apexcharts-tooltip-title")).hasText(SCRIPT);
        screenshot("chart-script-dashboard-tooltip-script");
        hoverEveryBarSliceAndLegend(page);
        expectNoScriptRan(page);

        page.navigate(url("presentation?slides=software,adoption,year,institutions,status,category&interval=600"));
        assertThat(page.locator("#slide-software .apexcharts-yaxis-label").first())
                .containsText("<img src=x");
        detectorWorks();
        walkThroughSlides(page, 6, "chart-script-presentation");
        assertThat(page.locator("#slide-institutions")).containsText(SVG);
        expectNoScriptRan(page);

        String token = SignIn.as(Roles.ADMIN, () -> displayLinks.create(SVG)).token();
        Page wall = anotherBrowser();
        wall.navigate(url("display/" + token + "?slides=software,institutions,adoption&interval=600"));
        assertThat(wall.locator("#slide-software .apexcharts-yaxis-label").first())
                .containsText("<img src=x");
        walkThroughSlides(wall, 3, "chart-script-display");
        expectNoScriptRan(wall);
    }

    /**
     * The app's charts are bars (horizontal, vertical, stacked) and donuts; the element also draws lines and areas.
     * Each kind, in the dashboard's form and the presentation's ({@code large}), gets hostile categories, series
     * names and slice names directly, and shows them literally in tooltips, the x-axis tooltip and legends.
     */
    @Test
    void every_chart_kind_shows_hostile_categories_and_series_names_as_text() throws Exception {
        signIn("pimpinan", "bandung");
        assertThat(page.locator("kerjasama-chart").first()).isAttached();
        detectorWorks();
        List<String> categories = List.of(IMG, SCRIPT, SVG);
        for (String type : List.of("LINE", "AREA", "BAR", "DONUT")) {
            for (boolean horizontal : type.equals("BAR") ? List.of(false, true) : List.of(false)) {
                for (boolean large : List.of(false, true)) {
                    probe(type, horizontal, large, categories);
                    Locator probe = page.locator("#probe");
                    assertThat(probe.locator("svg.apexcharts-svg")).hasCount(1);
                    Browsers.awaitChartsDrawn(page);
                    Locator legend = probe.locator(".apexcharts-legend-text");
                    assertThat(legend.first()).hasText(type.equals("DONUT") ? IMG : SVG);
                    if (!large) {
                        moveOver(probe, type);
                        Locator tooltip = probe.locator(".apexcharts-tooltip");
                        // a donut's tooltip names the slice; the others name the category and the series
                        if (!type.equals("DONUT")) {
                            assertThat(tooltip.locator(".apexcharts-tooltip-title"))
                                    .hasText(oneOf(IMG, SCRIPT, SVG));
                        }
                        assertThat(tooltip.locator(".apexcharts-tooltip-text-y-label")
                                        .first())
                                .hasText(oneOf(IMG + ":", SCRIPT + ":", SVG + ":"));
                        if (type.equals("LINE") || type.equals("AREA")) {
                            assertThat(probe.locator(".apexcharts-xaxistooltip-text"))
                                    .hasText(oneOf(IMG, SCRIPT, SVG));
                        }
                        screenshot("chart-script-probe-" + type.toLowerCase() + (horizontal ? "-horizontal" : ""));
                    }
                    hoverEveryBarSliceAndLegend(page);
                    expectNoScriptRan(page);
                }
            }
        }
    }

    @Test
    void the_chart_menus_csv_neutralises_formulas_and_quotes_like_the_apps_own_export() throws Exception {
        Partner institution = hostileInstitution();
        List<Partner> adopters = adopters(institution);
        adoptedByAll(FORMULA, adopters);
        adoptedByAll(AT_FORMULA, adopters);
        adoptedByAll(QUOTED, adopters);

        signIn("pimpinan", "bandung");
        Locator chart = page.locator("#chart-software");
        assertThat(chart.locator("svg.apexcharts-svg")).hasCount(1);
        chart.locator(".apexcharts-menu-icon").click();
        Locator csvItem = chart.locator(".apexcharts-menu-item.exportCSV");
        assertThat(csvItem).hasText("Unduh CSV");
        Download download = page.waitForDownload(csvItem::click);
        assertThat(chart.locator(".apexcharts-menu")).not().hasClass(Pattern.compile(".*apexcharts-menu-open.*"));
        assertThat(download.suggestedFilename()).isEqualTo("chart-software.csv");
        byte[] bytes = Files.readAllBytes(download.path());
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(";Adopsi");
        assertThat(lines).contains("'" + FORMULA + ";3", "'" + AT_FORMULA + ";3", "\"Aplikasi \"\"Satu\"\"; Dua\";3");
        assertThat(lines).noneMatch(line -> !line.isEmpty() && "=+-@\t\r".indexOf(line.charAt(0)) >= 0);
    }

    private Partner hostileInstitution() {
        Partner partner =
                SignIn.as(Roles.STAFF, () -> partners.save(new Partner(SVG, PartnerKind.FOREIGN_INSTITUTION, "JP")));
        partnerIds.add(partner.getId());
        Agreement agreement = new Agreement(partner, Category.KSDLL, null, SCRIPT);
        agreement.setDocumentKind(DocumentKind.KESEPAKATAN_BERSAMA);
        agreement.setFields(EnumSet.of(CooperationField.TEKNOLOGI));
        agreement.setSignedOn(LocalDate.of(2021, 3, 1)); // so that the stacked bars per year have a bar to hover
        SignIn.as(Roles.STAFF, () -> agreements.save(agreement));
        return partner;
    }

    /** Three partners, so that the hostile software leads the "most adopted" chart whatever else is stored. */
    private List<Partner> adopters(Partner first) {
        List<Partner> adopters = new ArrayList<>(List.of(first));
        for (int i = 0; i < 2; i++) {
            Partner city = records.city(Records.unique("Kota Pengguna"));
            partnerIds.add(city.getId());
            adopters.add(city);
        }
        return adopters;
    }

    private void adoptedByAll(String name, List<Partner> adopters) {
        Software saved = SignIn.as(Roles.STAFF, () -> software.save(new Software(name, null, SoftwareCategory.OTHER)));
        softwareIds.add(saved.getId());
        adopters.forEach(partner ->
                SignIn.as(Roles.STAFF, () -> adoptions.save(new Adoption(partner, saved, AdoptionStatus.ADOPTED))));
    }

    /** Goes through {@code count} slides, moving over every bar, slice and legend entry of each. */
    private void walkThroughSlides(Page target, int count, String screenshotPrefix) {
        for (int i = 0; i < count; i++) {
            Locator current = target.locator(".slide.current");
            assertThat(current).hasCount(1);
            Browsers.awaitSlideShown(target);
            hoverEveryBarSliceAndLegend(target);
            screenshot(target, screenshotPrefix + "-" + current.getAttribute("id"));
            target.keyboard().press("ArrowRight");
        }
    }

    private static void hoverEveryBarSliceAndLegend(Page target) {
        Locator shapes = target.locator("path.apexcharts-bar-area:visible, path.apexcharts-pie-area:visible, "
                + ".apexcharts-legend-series:visible");
        // Counted again each time: a chart that redraws (a live update, the slide's entrance) may have fewer shapes
        // than a moment ago, and waiting for one that is gone would only time out.
        for (int i = 0; i < shapes.count(); i++) {
            shapes.nth(i).hover(new Locator.HoverOptions().setForce(true).setTimeout(5_000));
        }
    }

    /** Moves the mouse across the plot, as someone reading a line chart would; over the slices of a donut. */
    private void moveOver(Locator probe, String type) {
        if (type.equals("DONUT") || type.equals("BAR")) {
            Locator shapes = probe.locator("path.apexcharts-pie-area, path.apexcharts-bar-area");
            for (int i = 0; i < shapes.count(); i++) {
                shapes.nth(i).hover(new Locator.HoverOptions().setForce(true));
            }
            return;
        }
        var box = probe.locator(".apexcharts-grid").boundingBox();
        for (int step = 0; step <= 10; step++) {
            page.mouse().move(box.x + box.width * step / 10.0, box.y + box.height / 2);
        }
    }

    /** A chart element added to the page with hostile texts, as the server would configure it. */
    private void probe(String type, boolean horizontal, boolean large, List<String> categories) throws Exception {
        boolean donut = type.equals("DONUT");
        List<Map<String, Object>> series = donut
                ? List.of(Map.of("name", "Jumlah", "data", List.of(3, 2, 1)))
                : List.of(Map.of("name", SVG, "data", List.of(3, 2, 1)), Map.of("name", IMG, "data", List.of(1, 2, 3)));
        Map<String, Object> spec = Map.of(
                "type",
                type,
                "horizontal",
                horizontal,
                "stacked",
                type.equals("BAR"),
                "categories",
                categories,
                "series",
                series,
                "colors",
                List.of());
        Map<String, Object> texts =
                Map.of("menu", "Unduh", "png", "Unduh PNG", "svg", "Unduh SVG", "csv", "Unduh CSV", "total", "Jumlah");
        String config = new ObjectMapper().writeValueAsString(Map.of("spec", spec, "locale", "id-ID", "texts", texts));
        page.evaluate("""
                ([config, large]) => {
                  document.getElementById('probe')?.remove();
                  const chart = document.createElement('kerjasama-chart');
                  chart.id = 'probe';
                  if (large) chart.setAttribute('large', '');
                  chart.style.cssText = 'display:block;position:fixed;left:20px;top:20px;width:900px;height:480px;'
                      + 'z-index:10000;background:white';
                  document.body.appendChild(chart);
                  chart.config = config;
                }""", List.of(config, large));
    }

    /**
     * The detector can fail: a hostile name written with innerHTML leaves its element in the page (whether a
     * Content-Security-Policy then stops its handler or not), and {@link #expectNoScriptRan} looks for those.
     */
    private void detectorWorks() {
        Object found = page.evaluate("""
                ([html, selector]) => {
                  const canary = document.createElement('div');
                  canary.className = 'apexcharts-tooltip';
                  canary.innerHTML = html.replace('window.__xss', 'window.__canary');
                  document.body.appendChild(canary);
                  const count = document.querySelectorAll(selector).length;
                  canary.remove();
                  return count;
                }""", List.of(IMG, INJECTED));
        assertThat(((Number) found).intValue()).isEqualTo(1);
        page.evaluate("() => { delete window.__xss; }");
    }

    /** Exactly one of {@code texts}, as a pattern that JavaScript understands (Playwright hands it over; no \Q..\E). */
    private static Pattern oneOf(String... texts) {
        return Pattern.compile("^("
                + String.join(
                        "|",
                        java.util.Arrays.stream(texts)
                                .map(text -> text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0"))
                                .toList())
                + ")\\s*$");
    }

    private static void expectNoScriptRan(Page target) {
        Browsers.awaitImagesSettled(target); // an image's error handler runs after its failed load
        assertThat(target.evaluate("() => typeof window.__xss")).isEqualTo("undefined");
        assertThat(target.locator(INJECTED)).hasCount(0);
    }
}
