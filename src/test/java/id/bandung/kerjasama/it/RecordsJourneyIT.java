package id.bandung.kerjasama.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.bandung.kerjasama.agreement.Pdfs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The staff journey in a real Chromium: a new partner, a mandatory regional agreement with its signed PDF, found
 * again with a filter and exported; then the mayor's office sees it read-only.
 */
class RecordsJourneyIT extends BrowserTest {

    @Test
    void staff_record_a_partner_and_an_agreement_with_its_pdf_and_the_mayors_office_reads_them() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String partner = "Kota Tasikmalaya"; // a city is chosen from the official list, and named as it says
        String title = "Kerja sama wajib pengelolaan sampah " + suffix;
        signIn("staf", "bandung");
        assertThat(page.locator(".view-title")).hasText("Beranda");

        page.navigate(url("partners"));
        page.locator("#new-partner").click();
        Locator editor = page.locator(".editor-panel");
        choose(editor.locator("vaadin-combo-box").filter(new Locator.FilterOptions().setHasText("Jenis")), "Kota");
        choose(
                editor.locator("vaadin-combo-box")
                        .filter(new Locator.FilterOptions().setHasText("Wilayah (daftar resmi Kemendagri)")),
                partner);
        assertThat(editor.getByLabel("Nama")).hasValue(partner);
        assertThat(editor.locator("vaadin-combo-box")
                        .filter(new Locator.FilterOptions().setHasText("Hanya untuk mitra di Indonesia"))
                        .locator("input"))
                .hasValue("Jawa Barat");
        editor.locator("vaadin-checkbox").click();
        screenshot("partner-editor-id");
        editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Simpan"))
                .click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Mitra " + partner + " disimpan.");
        screenshot("partners-id");

        page.navigate(url("agreements/new"));
        editor = page.locator(".editor-panel");
        editor.getByLabel("Judul").fill(title);
        choose(editor.locator("vaadin-combo-box.partner-picker"), partner);
        editor.getByText("Wajib", new Locator.GetByTextOptions().setExact(true)).click();
        choose(
                editor.locator("vaadin-combo-box").filter(new Locator.FilterOptions().setHasText("Jenis naskah")),
                "Kesepakatan bersama");
        Locator fields = editor.locator("vaadin-multi-select-combo-box");
        fields.locator("input").fill("Lingkungan");
        page.locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Lingkungan"))
                .click();
        fields.locator("input").press("Escape");
        Locator signed = editor.locator("vaadin-date-picker").first().locator("input");
        signed.fill("15/01/2025");
        signed.press("Enter");
        signed.press("Tab");
        editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Simpan"))
                .click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("disimpan");
        assertThat(editor.locator(".editor-badge")).hasText("Berlaku");

        Path pdf = Files.createTempFile("naskah-", ".pdf");
        Files.write(pdf, Pdfs.minimal(title));
        editor.locator("vaadin-upload input[type=file]").setInputFiles(pdf);
        assertThat(editor.locator(".document-name")).hasText(pdf.getFileName().toString());
        screenshot("agreement-editor-id");

        // Saving the record again keeps its form on screen, with what was typed.
        editor.getByLabel("Judul").fill(title + " (diubah)");
        editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Simpan"))
                .click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("diubah");
        assertThat(editor.getByLabel("Judul")).isVisible();
        assertThat(editor.getByLabel("Judul")).hasValue(title + " (diubah)");
        screenshot("agreement-editor-saved-again-id");

        page.navigate(url("agreements?q=" + suffix));
        assertThat(page.locator(".result-count")).hasText("1 naskah");
        assertThat(page.locator("vaadin-grid")).containsText(title);
        screenshot("agreements-filtered-id");

        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Ekspor"))
                .click();
        Download download =
                page.waitForDownload(() -> page.getByText("CSV (UTF-8)").click());
        byte[] csv = Files.readAllBytes(download.path());
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("Judul;Mitra").contains(title).contains(partner);

        page.locator("vaadin-button.sign-out").click();
        assertThat(page).hasURL(url("login"));
        signIn("pimpinan", "bandung");
        page.navigate(url("agreements?q=" + suffix));
        assertThat(page.locator("#new-agreement")).hasCount(0);
        page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(title))
                .first()
                .click();
        editor = page.locator(".editor-panel");
        assertThat(editor.getByLabel("Judul")).hasAttribute("readonly", "");
        assertThat(editor.locator("vaadin-upload")).hasCount(0);
        assertThat(editor.locator("#document-view")).isVisible();
        assertThat(editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Simpan")))
                .hasCount(0);
        screenshot("agreement-read-only-id");
    }

    @Test
    void every_list_renders_for_the_screenshots_in_both_languages() {
        signIn("admin", "bandung");
        for (String list : new String[] {"software", "adoptions", "audit", "partners/1", "agreements/14"}) {
            page.navigate(url(list));
            assertThat(page.locator(".result-count")).not().isEmpty();
            screenshot(list.replace('/', '-') + "-id");
        }
        page.navigate(url("agreements?lang=en"));
        assertThat(page.locator(".view-title")).hasText("Agreements");
        screenshot("agreements-en");
    }
}
