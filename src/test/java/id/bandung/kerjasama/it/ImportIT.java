package id.bandung.kerjasama.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk import in Chromium, as staff use it: the template downloaded, a hostile file's problems shown as text at
 * their rows and columns (markup, a formula, an invisible direction character), the fixed file imported, then
 * undone; in Indonesian and English.
 */
class ImportIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staff_download_the_template_see_a_hostile_files_problems_import_the_fixed_file_and_undo_it() throws Exception {
        List<String> dialogs = new CopyOnWriteArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        signIn("staf", "bandung");
        page.navigate(url("import"));
        assertThat(page.locator(".import-view")).containsText("Pilih jenis data");
        screenshot("import-empty-id");

        Download download =
                page.waitForDownload(() -> page.locator("a.import-template").click());
        assertThat(download.suggestedFilename()).isEqualTo("templat-impor-mitra.xlsx");
        try (InputStream in = Files.newInputStream(download.path());
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> headers = new ArrayList<>();
            workbook.getSheet("Data").getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).startsWith("Nama *", "Jenis *", "Negara", "Kode wilayah");
            assertThat(workbook.getSheet("Pilihan")).isNotNull();
        }

        String hostileName = "<img src=x onerror=alert(1)>Lembaga Uji Peramban";
        Path hostile = csv(
                "rekap-mitra-2026.csv",
                "Nama;Jenis;Negara;Catatan",
                "\"" + hostileName + "\";Lembaga luar negeri;JP;",
                "\"=HYPERLINK(\"\"http://jahat.example\"\")\";Lembaga luar negeri;JP;",
                "Lembaga Arah \u202Ebalik;Lembaga luar negeri;JP;",
                "Kota Cimahi;Kota;ID;");
        Locator upload = page.locator("vaadin-upload.import-upload input[type=file]");
        upload.setInputFiles(hostile);
        assertThat(page.locator(".import-summary")).containsText("2 baris bermasalah");
        Locator problems = page.locator("vaadin-grid.import-problems");
        assertThat(problems).containsText("Sel berisi rumus");
        assertThat(problems).containsText("U+202E");
        assertThat(page.locator("vaadin-button.import-commit")).isDisabled();
        page.locator("vaadin-select.import-filter").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("Semua baris"))
                .click();
        assertThat(page.locator("vaadin-grid.import-rows")).containsText(hostileName);
        screenshot("import-problems-id");

        Path fixed = csv(
                "rekap-mitra-2026-diperbaiki.csv",
                "Nama;Jenis;Negara",
                "\"" + hostileName + "\";Lembaga luar negeri;JP",
                "Kota Cimahi;Kota;ID");
        upload.setInputFiles(fixed);
        assertThat(page.locator("vaadin-button.import-commit")).hasText("Impor 1 catatan baru");
        page.locator("vaadin-button.import-commit").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("1 catatan baru diimpor");
        assertThat(page.locator("vaadin-grid.import-history")).containsText("2 baris: 1 baru, 1 sudah ada");
        assertThat(jdbc.queryForObject("select count(*) from partner where name = ?", Integer.class, hostileName))
                .isEqualTo(1);
        screenshot("import-done-id");

        page.locator("vaadin-button.import-undo").click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button]")
                .click();
        assertThat(page.locator("vaadin-grid.import-history")).containsText("Dibatalkan oleh staf");
        assertThat(jdbc.queryForObject("select count(*) from partner where name = ?", Integer.class, hostileName))
                .isZero();
        assertThat(dialogs).as("no script ran").isEmpty();

        page.navigate(url("import?lang=en"));
        upload = page.locator("vaadin-upload.import-upload input[type=file]");
        upload.setInputFiles(hostile);
        assertThat(page.locator("vaadin-grid.import-problems")).containsText("The cell holds a formula");
        screenshot("import-problems-en");
        assertThat(dialogs).as("no script ran").isEmpty();
    }

    private static Path csv(String name, String... lines) throws Exception {
        Path folder = Files.createTempDirectory("import-it-");
        folder.toFile().deleteOnExit();
        Path file = folder.resolve(name);
        file.toFile().deleteOnExit();
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }
}
