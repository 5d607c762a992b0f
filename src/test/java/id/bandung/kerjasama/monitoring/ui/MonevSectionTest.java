package id.bandung.kerjasama.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.upload.Upload;
import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.monitoring.Recommendation;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staff write a Monev report in the agreement's editor, attach evidence, and see refusals at their fields. */
class MonevSectionTest extends KaribuTest {

    @Autowired
    Records records;

    @Autowired
    AgreementService agreements;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staff_write_an_evaluation_with_evidence_and_a_backwards_period_is_refused_at_its_field() {
        Partner partner = records.city(Records.unique("Kota Laporan"));
        Agreement agreement = records.regional(partner, "Kerja sama pendidikan", DocumentKind.KESEPAKATAN_BERSAMA);
        agreement.setSignedOn(LocalDate.of(2023, 1, 10));
        Agreement signed = SignIn.as(Roles.STAFF, () -> agreements.save(agreement));
        signIn("staf");
        navigate("agreements/" + signed.getId());
        MonevSection section = _get(MonevSection.class);
        assertThat(section.reports.getElement().getTextRecursively()).contains("Belum ada laporan Monev");

        _click(section.add);
        MonevDialog dialog = _get(MonevDialog.class);
        _setValue(dialog.periodFrom, LocalDate.of(2025, 7, 1));
        _setValue(dialog.periodTo, LocalDate.of(2025, 6, 30));
        _setValue(dialog.activities, "Pertukaran guru <script>alert(1)</script>");
        _setValue(dialog.responsibleUnit, "Dinas Pendidikan");
        _setValue(dialog.personInCharge, "Kepala Bidang SMP");
        _click(dialog.save);
        assertThat(dialog.periodTo.isInvalid()).isTrue();
        assertThat(dialog.periodTo.getErrorMessage()).isEqualTo("Akhir periode tidak boleh sebelum awalnya.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from monev_report where agreement_id = ?", Integer.class, signed.getId()))
                .isZero();

        _setValue(dialog.periodTo, LocalDate.of(2025, 12, 31));
        _setValue(dialog.recommendation, Recommendation.CONTINUE);
        _click(dialog.save);
        NotificationsKt.expectNotifications("Laporan Monev disimpan.");
        assertThat(section.reports.getElement().getTextRecursively())
                .contains("Periode 1 Jul 2025 – 31 Des 2025")
                .contains("Evaluasi · rekomendasi: Dilanjutkan")
                .contains("Pertukaran guru <script>alert(1)</script>")
                .contains("OPD: Dinas Pendidikan · Penanggung jawab: Kepala Bidang SMP");

        Upload upload = _get(section.reports, Upload.class);
        _upload(upload, "foto.jpg", "image/jpeg", "<html>bukan foto</html>".getBytes(StandardCharsets.UTF_8));
        assertThat(jdbc.queryForObject("select count(*) from monev_evidence", Integer.class))
                .isZero();
        byte[] pdf = "%PDF-1.4\n% daftar hadir\n".getBytes(StandardCharsets.US_ASCII);
        _upload(_get(section.reports, Upload.class), "daftar-hadir.pdf", "application/pdf", pdf);
        assertThat(section.reports.getElement().getTextRecursively()).contains("daftar-hadir.pdf");
    }

    @Test
    void a_viewer_reads_reports_but_cannot_add_one() {
        Partner partner = records.city(Records.unique("Kota Baca"));
        Agreement agreement = records.regional(partner, "Kerja sama kesehatan", DocumentKind.KESEPAKATAN_BERSAMA);
        signIn("pimpinan");
        navigate("agreements/" + agreement.getId());
        _get(MonevSection.class);
        _assertNone(MonevDialog.class);
        assertThat(_get(MonevSection.class).add.isAttached()).isFalse();
    }
}
