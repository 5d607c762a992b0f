package id.bandung.kerjasama.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.agreement.Pdfs;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.support.Records;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An agreement's lifecycle in a real Chromium: staff record the proposal with its signed letter through the step
 * dialog, the timeline shows it with the document (served inert, like the signed agreement), and a hostile file is
 * refused at the dialog's field without recording anything. The briefing's sister cities show their warnings.
 */
class LifecycleIT extends BrowserTest {

    @Autowired
    Records records;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staff_record_a_step_with_its_pdf_and_the_timeline_shows_it() throws Exception {
        Partner partner = records.city(Records.unique("Kota Tahapan"));
        Agreement agreement = records.regional(partner, "Kerja sama transportasi", DocumentKind.KESEPAKATAN_BERSAMA);
        Path folder = Files.createTempDirectory("lifecycle-it");
        Path letter = folder.resolve("surat-usulan.pdf");
        Files.write(letter, Pdfs.minimal("Surat usulan"));
        Path script = folder.resolve("usulan.pdf");
        Files.writeString(script, "<html><script>window.hacked = true</script></html>");

        signIn("staf", "bandung");
        page.navigate(url("agreements/" + agreement.getId()));
        page.locator(".lifecycle-section").waitFor();
        assertThat(page.locator(".stage-next .stage-label")).hasText("Penjajakan dan usulan");
        assertThat(page.locator("vaadin-button.record-step")).hasCount(1);

        page.locator("vaadin-button.record-step").click();
        Locator dialog = page.locator("vaadin-dialog-overlay");
        dialog.locator("vaadin-text-area").locator("textarea").fill("Dinas Perhubungan");
        dialog.locator("vaadin-text-field").locator("input").fill("551/USUL-DISHUB/2026");
        Locator input = dialog.locator("vaadin-upload input[type=file]");
        input.setInputFiles(script);
        assertThat(dialog.locator("[role=alert]"))
                .hasText("Berkas ini bukan PDF. Unggah naskah yang ditandatangani dalam format PDF.");
        input.setInputFiles(letter);
        assertThat(dialog.locator("[role=alert]")).isHidden();
        screenshot("agreement-step-dialog-id");
        dialog.locator("vaadin-button[theme~=primary]").click();

        assertThat(page.locator(".stage-done .stage-label")).hasText("Penjajakan dan usulan");
        assertThat(page.locator(".stage-next .stage-label")).hasText("Kajian dan rekomendasi TKKSD");
        assertThat(page.locator(".stage-document")).hasText("surat-usulan.pdf");
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
        screenshot("agreement-timeline-id");
        APIResponse served =
                context.request().get(url(page.locator(".stage-document").getAttribute("href")));
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.headers())
                .containsEntry("content-type", "application/pdf")
                .containsEntry("content-security-policy", "sandbox")
                .containsEntry("x-content-type-options", "nosniff");
        assertThat(served.body()).isEqualTo(Files.readAllBytes(letter));
        assertThat(jdbc.queryForObject(
                        "select count(*) from agreement_stage where agreement_id = ?",
                        Integer.class,
                        agreement.getId()))
                .isEqualTo(1);

        page.navigate(url("agreements/" + agreement.getId() + "?lang=en"));
        page.locator(".lifecycle-section").waitFor();
        assertThat(page.locator(".stage-done .stage-label")).hasText("Proposal and exploration");
        screenshot("agreement-timeline-en");
    }

    @Test
    void extending_a_signed_agreement_opens_its_successor_with_the_chain_shown_both_ways() {
        Partner partner = records.city(Records.unique("Kota Perpanjangan"));
        Agreement agreement = records.regional(partner, "Kerja sama air minum", DocumentKind.KESEPAKATAN_BERSAMA);
        jdbc.update(
                "update agreement set signed_on = date '2022-04-01', start_on = date '2022-04-01',"
                        + " end_on = date '2027-04-01', stage = 'IN_FORCE' where id = ?",
                agreement.getId());
        signIn("staf", "bandung");
        page.navigate(url("agreements/" + agreement.getId()));
        page.locator(".lifecycle-section").waitFor();
        page.locator(".lifecycle-actions vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Perpanjang"))
                .click();
        assertThat(page.locator(".chain-line")).containsText("Perpanjangan dari: Kerja sama air minum");
        assertThat(page.locator(".stage-next .stage-label")).hasText("Penjajakan dan usulan");
        screenshot("agreement-extension-id");
        Long successor =
                jdbc.queryForObject("select id from agreement where predecessor_id = ?", Long.class, agreement.getId());
        page.locator(".chain-link").click();
        assertThat(page.locator(".chain-line")).containsText("Diperpanjang dengan: Kerja sama air minum");
        assertThat(page.locator(".stage-done .stage-label").last()).hasText("Diperpanjang");
        assertThat(successor).isNotEqualTo(agreement.getId());
    }

    @Test
    void a_briefing_sister_city_shows_its_warnings_with_their_legal_basis() {
        Long id = jdbc.queryForObject(
                "select a.id from agreement a join partner p on p.id = a.partner_id where p.name = 'Braunschweig'",
                Long.class);
        signIn("staf", "bandung");
        page.navigate(url("agreements/" + id));
        page.locator(".compliance-warning").first().waitFor();
        assertThat(page.locator(".compliance-warning.open")).hasCount(3);
        assertThat(page.locator(".compliance-basis").first()).containsText("Permendagri 25/2020");
        screenshot("agreement-compliance-id");
        page.navigate(url("agreements?issue=FOREIGN_WITHOUT_CENTRAL&lang=en"));
        page.locator("vaadin-grid").waitFor();
        screenshot("agreement-list-issue-en");
    }
}
