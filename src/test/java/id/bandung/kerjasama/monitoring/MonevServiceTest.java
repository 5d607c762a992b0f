package id.bandung.kerjasama.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementFilter;
import id.bandung.kerjasama.agreement.AgreementQueries;
import id.bandung.kerjasama.agreement.AgreementRow;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.agreement.ComplianceCheck;
import id.bandung.kerjasama.agreement.ComplianceService;
import id.bandung.kerjasama.agreement.ComplianceWarning;
import id.bandung.kerjasama.audit.AuditQueries;
import id.bandung.kerjasama.audit.AuditRow;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Implementation reports, their evidence files and the "no report in twelve months" warning, on PostgreSQL. */
@IntegrationTest
class MonevServiceTest {

    private static final byte[] PDF = "%PDF-1.4\n% laporan\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Autowired
    MonevService monev;

    @Autowired
    AgreementService agreements;

    @Autowired
    AgreementQueries agreementQueries;

    @Autowired
    ComplianceService compliance;

    @Autowired
    AuditQueries audit;

    @Autowired
    Records records;

    @Autowired
    Clock clock;

    @Test
    void a_report_is_saved_with_its_facts_listed_latest_first_and_audited() {
        LocalDate today = LocalDate.now(clock);
        Agreement agreement = signed(today.minusYears(2));
        MonevReport first = report(agreement, today.minusMonths(18), today.minusMonths(12));
        MonevReport second = report(agreement, today.minusMonths(12), today.minusMonths(6));
        second.setRecommendation(Recommendation.EXTEND);
        SignIn.as(Roles.STAFF, () -> monev.save(first));
        MonevReport evaluation = SignIn.as(Roles.STAFF, () -> monev.save(second));
        assertThat(evaluation.isEvaluation()).isTrue();

        List<MonevReportRow> rows = SignIn.as(Roles.VIEWER, () -> monev.reportsOf(agreement.getId()));
        assertThat(rows)
                .extracting(MonevReportRow::periodTo)
                .containsExactly(today.minusMonths(6), today.minusMonths(12));
        assertThat(rows.get(0).recommendation()).isEqualTo(Recommendation.EXTEND);
        assertThat(rows.get(1).responsibleUnit()).isEqualTo("Dinas Pariwisata dan Kebudayaan");
        List<AuditRow> history =
                SignIn.as(Roles.VIEWER, () -> audit.history(MonevReport.RECORD_TYPE, evaluation.getId()));
        assertThat(history).hasSize(1);
    }

    @Test
    void a_period_ending_before_it_starts_missing_activities_and_hostile_text_are_refused() {
        LocalDate today = LocalDate.now(clock);
        Agreement agreement = signed(today.minusYears(2));
        MonevReport backwards = report(agreement, today, today.minusDays(1));
        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> monev.save(backwards)))
                .isInstanceOfSatisfying(
                        ConstraintViolationException.class,
                        e -> assertThat(e.getConstraintViolations())
                                .anySatisfy(violation -> assertThat(
                                                violation.getPropertyPath().toString())
                                        .isEqualTo("periodTo")));
        MonevReport empty = report(agreement, today.minusMonths(1), today);
        empty.setActivities("   ");
        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> monev.save(empty)))
                .isInstanceOf(ConstraintViolationException.class);
        MonevReport hostile = report(agreement, today.minusMonths(1), today);
        hostile.setObstacles("Kendala \u202Enaparaped\u202C");
        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> monev.save(hostile)))
                .isInstanceOf(ConstraintViolationException.class);
        MonevReport long10k = report(agreement, today.minusMonths(1), today);
        long10k.setFollowUp("x".repeat(10_000));
        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> monev.save(long10k)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(SignIn.as(Roles.VIEWER, () -> monev.reportsOf(agreement.getId())))
                .isEmpty();
    }

    @Test
    void evidence_is_taken_as_pdf_jpeg_or_png_by_its_content_and_anything_else_is_refused() {
        LocalDate today = LocalDate.now(clock);
        Agreement agreement = signed(today.minusYears(2));
        MonevReport report =
                SignIn.as(Roles.STAFF, () -> monev.save(report(agreement, today.minusMonths(6), today.minusMonths(1))));
        long id = report.getId();
        EvidenceInfo pdf = attach(id, "../../laporan\u0000kegiatan.pdf", PDF);
        EvidenceInfo jpeg = attach(id, "foto-kegiatan", JPEG);
        EvidenceInfo png = attach(id, "bagan.png", PNG);
        assertThat(List.of(pdf.contentType(), jpeg.contentType(), png.contentType()))
                .containsExactly("application/pdf", "image/jpeg", "image/png");
        assertThat(List.of(pdf.fileName(), jpeg.fileName(), png.fileName()))
                .containsExactly("laporankegiatan.pdf", "foto-kegiatan.jpg", "bagan.png");
        assertThat(SignIn.as(Roles.VIEWER, () -> monev.read(jpeg.id()))
                        .orElseThrow()
                        .content())
                .isEqualTo(JPEG);

        byte[] html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> attach(id, "foto.jpg", html))
                .isInstanceOfSatisfying(
                        EvidenceRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo("monev.evidence.kind"));
        assertThatThrownBy(() -> SignIn.as(
                        Roles.STAFF,
                        () -> monev.attach(
                                id, "besar.pdf", new ByteArrayInputStream(PDF), MonevService.EVIDENCE_MAX_BYTES + 1)))
                .isInstanceOfSatisfying(
                        EvidenceRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo("monev.evidence.too-large"));
        assertThatThrownBy(() -> attach(id, "kosong.pdf", new byte[0]))
                .isInstanceOfSatisfying(
                        EvidenceRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo("monev.evidence.empty"));
        assertThat(SignIn.as(Roles.VIEWER, () -> monev.reportsOf(agreement.getId()))
                        .get(0)
                        .evidence())
                .extracting(EvidenceInfo::fileName)
                .containsExactly("laporankegiatan.pdf", "foto-kegiatan.jpg", "bagan.png");

        SignIn.as(Roles.STAFF, () -> monev.removeEvidence(png.id()));
        assertThat(SignIn.as(Roles.VIEWER, () -> monev.reportsOf(agreement.getId()))
                        .get(0)
                        .evidence())
                .hasSize(2);
    }

    @Test
    void an_agreement_in_force_over_a_year_without_a_report_in_twelve_months_is_flagged_and_filterable() {
        LocalDate today = LocalDate.now(clock);
        Agreement overdue = signed(today.minusYears(2));
        Agreement young = signed(today.minusMonths(3));
        Agreement reported = signed(today.minusYears(3));
        SignIn.as(
                Roles.STAFF,
                () -> monev.save(report(reported, today.minusMonths(11).minusDays(20), today.minusMonths(2))));
        Agreement reportedLongAgo = signed(today.minusYears(3));
        SignIn.as(Roles.STAFF, () -> monev.save(report(reportedLongAgo, today.minusMonths(30), today.minusMonths(13))));

        assertThat(flagged(overdue)).isTrue();
        assertThat(flagged(young)).isFalse();
        assertThat(flagged(reported)).isFalse();
        assertThat(flagged(reportedLongAgo)).isTrue();
        AgreementFilter filter = new AgreementFilter(
                null, null, null, null, null, null, null, null, null, null, ComplianceCheck.NO_MONEV_12M, null);
        List<Long> listed =
                SignIn.as(Roles.VIEWER, () -> agreementQueries.list(filter, PageRequest.of(0, 1000))).stream()
                        .map(AgreementRow::id)
                        .toList();
        assertThat(listed)
                .contains(overdue.getId(), reportedLongAgo.getId())
                .doesNotContain(young.getId(), reported.getId());
    }

    private boolean flagged(Agreement agreement) {
        return SignIn.as(Roles.VIEWER, () -> compliance.warnings(agreement.getId())).stream()
                .map(ComplianceWarning::check)
                .anyMatch(check -> check == ComplianceCheck.NO_MONEV_12M);
    }

    private EvidenceInfo attach(long reportId, String name, byte[] content) {
        return SignIn.as(
                Roles.STAFF, () -> monev.attach(reportId, name, new ByteArrayInputStream(content), content.length));
    }

    private Agreement signed(LocalDate on) {
        return records.inForce("Kota Monev", "Kerja sama", on, on.plusYears(5));
    }

    private static MonevReport report(Agreement agreement, LocalDate from, LocalDate to) {
        return Records.monevReport(agreement, from, to);
    }
}
