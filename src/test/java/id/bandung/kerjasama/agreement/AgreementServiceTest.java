package id.bandung.kerjasama.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.audit.AuditQueries;
import id.bandung.kerjasama.audit.AuditRow;
import id.bandung.kerjasama.base.domain.RecordInUseException;
import id.bandung.kerjasama.base.domain.RuleViolationException;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Agreement rules, the list's filters in SQL, documents and the audit trail, on PostgreSQL. */
@CommittingTest
class AgreementServiceTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    AgreementQueries queries;

    @Autowired
    DocumentService documents;

    @Autowired
    AuditQueries audit;

    @Autowired
    Records records;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void the_status_filter_in_sql_selects_exactly_the_agreements_whose_computed_status_matches() {
        LocalDate today = LocalDate.now(clock);
        Partner partner = records.city(Records.unique("Kota Status"));
        Map<Long, AgreementStatus> expected = new HashMap<>();
        List<LocalDate[]> cases = List.of(
                new LocalDate[] {null, null, null}, // draft
                new LocalDate[] {null, today.plusYears(1), null}, // in force before the register: date not recorded
                new LocalDate[] {today.minusYears(1), null, null}, // active, no end
                new LocalDate[] {today.minusYears(1), today.plusDays(91), null}, // active, just beyond 90 days
                new LocalDate[] {today.minusYears(1), today.plusDays(90), null}, // expiring on the last day
                new LocalDate[] {today.minusYears(1), today, null}, // expiring today
                new LocalDate[] {today.minusYears(2), today.minusDays(1), null}, // expired yesterday
                new LocalDate[] {today.minusYears(1), today.plusYears(1), today}, // terminated today
                new LocalDate[] {today.minusYears(1), null, today.plusDays(5)}); // termination ahead: active
        for (LocalDate[] dates : cases) {
            Agreement agreement = new Agreement(partner, Category.KSDD, Obligation.WAJIB, Records.unique("Status"));
            agreement.setSignedOn(dates[0]);
            agreement.setEndOn(dates[1]);
            agreement.setTerminatedOn(dates[2]);
            agreement.setTerminationReason(dates[2] == null ? null : "Uji pengakhiran");
            if (dates[0] == null && dates[1] != null) {
                agreement.markInForceBeforeTheRegister();
            }
            Agreement saved = SignIn.as(Roles.STAFF, () -> agreements.save(agreement));
            expected.put(saved.getId(), saved.status(today));
        }
        assertThat(expected.values())
                .containsExactlyInAnyOrder(
                        AgreementStatus.DRAFT,
                        AgreementStatus.UNDATED,
                        AgreementStatus.ACTIVE,
                        AgreementStatus.ACTIVE,
                        AgreementStatus.EXPIRING,
                        AgreementStatus.EXPIRING,
                        AgreementStatus.EXPIRED,
                        AgreementStatus.TERMINATED,
                        AgreementStatus.ACTIVE);

        Map<AgreementStatus, List<Long>> selected = new EnumMap<>(AgreementStatus.class);
        for (AgreementStatus status : AgreementStatus.values()) {
            AgreementFilter filter = new AgreementFilter(
                    null, null, null, status, null, partner.getId(), null, null, null, null, null, null);
            selected.put(
                    status,
                    SignIn.as(Roles.VIEWER, () -> queries.list(filter, PageRequest.of(0, 50))).stream()
                            .map(AgreementRow::id)
                            .toList());
        }
        Map<Long, AgreementStatus> shown = new HashMap<>();
        SignIn.as(
                        Roles.VIEWER,
                        () -> queries.list(AgreementFilter.empty().withPartner(partner.getId()), PageRequest.of(0, 50)))
                .forEach(row -> shown.put(row.id(), row.status()));
        assertThat(shown).isEqualTo(expected);
        expected.forEach((id, status) ->
                assertThat(selected.get(status)).as("%s", status).contains(id));
        assertThat(selected.values().stream().mapToInt(List::size).sum()).isEqualTo(expected.size());
    }

    @Test
    void expiring_within_n_days_selects_agreements_in_force_that_end_in_that_window() {
        LocalDate today = LocalDate.now(clock);
        Partner partner = records.city(Records.unique("Kota Tenggat"));
        Agreement soon = signed(partner, today.minusYears(1), today.plusDays(10));
        signed(partner, today.minusYears(1), today.plusDays(40));
        AgreementFilter within30 =
                new AgreementFilter(null, null, null, null, null, partner.getId(), null, null, null, 30, null, null);
        assertThat(SignIn.as(Roles.VIEWER, () -> queries.list(within30, PageRequest.of(0, 10))))
                .extracting(AgreementRow::id)
                .containsExactly(soon.getId());
    }

    @Test
    void a_parent_must_be_a_memorandum_of_the_same_partner() {
        Partner partner = records.city(Records.unique("Kota Induk"));
        Partner other = records.city(Records.unique("Kota Lain"));
        Agreement memorandum = records.regional(other, "KB mitra lain", DocumentKind.KESEPAKATAN_BERSAMA);
        Agreement pks = new Agreement(partner, Category.KSDD, Obligation.SUKARELA, "PKS pelaksana");
        pks.setDocumentKind(DocumentKind.PERJANJIAN_KERJA_SAMA);
        pks.setParent(memorandum);

        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> agreements.save(pks)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("parent"));

        Agreement own = records.regional(partner, "KB sendiri", DocumentKind.KESEPAKATAN_BERSAMA);
        pks.setParent(own);
        Agreement saved = SignIn.as(Roles.STAFF, () -> agreements.save(pks));
        assertThat(saved.getParent().getId()).isEqualTo(own.getId());
        assertThat(SignIn.as(Roles.VIEWER, () -> queries.memorandaOf(partner.getId())))
                .extracting(AgreementChoice::title)
                .containsExactly("KB sendiri");
    }

    @Test
    void a_memorandum_that_implementing_agreements_refer_to_cannot_be_deleted() {
        Partner partner = records.city(Records.unique("Kota Berjenjang"));
        Agreement memorandum = records.regional(partner, "KB berjenjang", DocumentKind.KESEPAKATAN_BERSAMA);
        Agreement pks = new Agreement(partner, Category.KSDD, Obligation.SUKARELA, "PKS anak");
        pks.setDocumentKind(DocumentKind.PERJANJIAN_KERJA_SAMA);
        pks.setParent(memorandum);
        SignIn.as(Roles.STAFF, () -> agreements.save(pks));

        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> agreements.delete(memorandum)))
                .isInstanceOfSatisfying(
                        RecordInUseException.class,
                        e -> assertThat(e.holders())
                                .extracting(RecordInUseException.Holder::recordType)
                                .containsExactly("ChildAgreement"));
    }

    @Test
    void regional_cooperation_needs_an_obligation_and_only_it_may_have_one() {
        Partner partner = records.city(Records.unique("Kota Sifat"));
        Agreement missing = new Agreement(partner, Category.KSDD, null, "Tanpa sifat");
        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> agreements.save(missing)))
                .isInstanceOfSatisfying(
                        ConstraintViolationException.class,
                        e -> assertThat(violations(e))
                                .containsExactly("obligation {agreement.error.obligation-required}"));
        Agreement extra = new Agreement(partner, Category.KSDPK, Obligation.WAJIB, "Sifat berlebih");
        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> agreements.save(extra)))
                .isInstanceOfSatisfying(
                        ConstraintViolationException.class,
                        e -> assertThat(violations(e))
                                .containsExactly("obligation {agreement.error.obligation-only-ksdd}"));
    }

    @Test
    void an_end_before_the_start_and_an_early_end_without_reason_are_refused_at_their_fields() {
        Partner partner = records.city(Records.unique("Kota Aturan"));
        Agreement agreement = new Agreement(partner, Category.KSDD, Obligation.WAJIB, "Aturan tanggal");
        agreement.setStartOn(LocalDate.of(2024, 6, 1));
        agreement.setEndOn(LocalDate.of(2024, 5, 31));
        agreement.setTerminatedOn(LocalDate.of(2024, 5, 1));
        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> agreements.save(agreement)))
                .isInstanceOfSatisfying(
                        ConstraintViolationException.class,
                        e -> assertThat(violations(e))
                                .containsExactlyInAnyOrder(
                                        "endOn {agreement.error.end-before-start}",
                                        "terminationReason {agreement.error.termination}"));
        assertThat(count(partner)).isZero();
    }

    @Test
    void deleting_an_agreement_deletes_its_document() {
        Partner partner = records.city(Records.unique("Kota Hapus"));
        Agreement agreement = records.regional(partner, "Naskah terhapus", DocumentKind.KESEPAKATAN_BERSAMA);
        SignIn.as(Roles.STAFF, () -> attach(agreement, "naskah.pdf", Pdfs.minimal("Naskah terhapus")));
        Agreement stored = SignIn.as(Roles.VIEWER, () -> agreements.find(agreement.getId()))
                .orElseThrow();
        SignIn.as(Roles.STAFF, () -> {
            agreements.delete(stored);
            return null;
        });
        assertThat(count(partner)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from agreement_document where agreement_id = ?",
                        Long.class,
                        agreement.getId()))
                .isZero();
    }

    @Test
    void only_a_real_pdf_of_at_most_20_mb_is_taken_as_the_signed_document() {
        Partner partner = records.city(Records.unique("Kota Dokumen"));
        Agreement agreement = records.regional(partner, "Naskah berdokumen", DocumentKind.KESEPAKATAN_BERSAMA);
        byte[] notPdf = "<html>bukan pdf</html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> attach(agreement, "palsu.pdf", notPdf)))
                .isInstanceOfSatisfying(
                        DocumentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo("agreement.document.not-pdf"));
        assertThatThrownBy(() -> SignIn.as(
                        Roles.STAFF,
                        () -> documents.attach(
                                agreement.getId(),
                                "besar.pdf",
                                new ByteArrayInputStream(Pdfs.minimal("besar")),
                                AgreementDocument.MAX_BYTES + 1)))
                .isInstanceOfSatisfying(
                        DocumentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo("agreement.document.too-large"));

        byte[] pdf = Pdfs.minimal("Naskah berdokumen");
        DocumentInfo info = SignIn.as(Roles.STAFF, () -> attach(agreement, "C:\\Dokumen\\naskah ttd.pdf", pdf));
        assertThat(info.fileName()).isEqualTo("naskah ttd.pdf");
        assertThat(info.sizeBytes()).isEqualTo(pdf.length);
        assertThat(SignIn.as(
                        Roles.VIEWER,
                        () -> documents.read(agreement.getId()).orElseThrow().getContent()))
                .isEqualTo(pdf);

        SignIn.as(Roles.STAFF, () -> attach(agreement, "pengganti.pdf", pdf));
        SignIn.as(Roles.STAFF, () -> {
            documents.remove(agreement.getId());
            return null;
        });
        assertThat(SignIn.as(Roles.VIEWER, () -> documents.info(agreement.getId())))
                .isEmpty();
        assertThat(SignIn.as(Roles.VIEWER, () -> audit.history(Agreement.RECORD_TYPE, agreement.getId())))
                .flatExtracting(AuditRow::changes)
                .contains(
                        new AuditRow.Change("document", null, "naskah ttd.pdf"),
                        new AuditRow.Change("document", "naskah ttd.pdf", "pengganti.pdf"),
                        new AuditRow.Change("document", "pengganti.pdf", null));
    }

    @Test
    void a_failed_save_writes_neither_the_agreement_nor_an_audit_event() {
        long agreementsBefore = jdbc.queryForObject("select count(*) from agreement", Long.class);
        long eventsBefore = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        Partner partner = records.city(Records.unique("Kota Gagal"));
        long eventsAfterPartner = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        Agreement broken = new Agreement(partner, Category.KSDD, Obligation.WAJIB, "x".repeat(Agreement.TITLE_MAX + 1));

        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> agreements.save(broken)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(jdbc.queryForObject("select count(*) from agreement", Long.class))
                .isEqualTo(agreementsBefore);
        assertThat(eventsAfterPartner).isEqualTo(eventsBefore + 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class))
                .isEqualTo(eventsAfterPartner);
    }

    private static List<String> violations(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + " " + v.getMessageTemplate())
                .toList();
    }

    private long count(Partner partner) {
        return jdbc.queryForObject("select count(*) from agreement where partner_id = ?", Long.class, partner.getId());
    }

    private Agreement signed(Partner partner, LocalDate signed, LocalDate end) {
        Agreement agreement = new Agreement(partner, Category.KSDD, Obligation.WAJIB, Records.unique("Naskah"));
        agreement.setSignedOn(signed);
        agreement.setEndOn(end);
        return SignIn.as(Roles.STAFF, () -> agreements.save(agreement));
    }

    private DocumentInfo attach(Agreement agreement, String fileName, byte[] content) {
        return documents.attach(agreement.getId(), fileName, new ByteArrayInputStream(content), content.length);
    }
}
