package id.bandung.kerjasama.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.audit.AuditQueries;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The lifecycle's legal order, what each step settles, and its refusals, on PostgreSQL. */
@IntegrationTest
class StageServiceTest {

    private static final byte[] PDF = "%PDF-1.4\n% rekomendasi\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    StageService stages;

    @Autowired
    AgreementService agreements;

    @Autowired
    PartnerService partners;

    @Autowired
    AuditQueries audit;

    @Autowired
    Records records;

    @Autowired
    Clock clock;

    @Test
    void a_sister_city_goes_through_the_order_of_permendagri_25_and_its_signing_fills_the_dates() {
        LocalDate day = LocalDate.now(clock).minusDays(100);
        Agreement agreement = foreign(Category.KSDPL, DocumentKind.KESEPAKATAN_BERSAMA);
        assertThat(StageFlow.of(agreement))
                .containsExactly(
                        Stage.PROPOSAL,
                        Stage.TKKSD_RECOMMENDATION,
                        Stage.DPRD_APPROVAL,
                        Stage.CENTRAL_APPROVAL,
                        Stage.KB_SIGNED,
                        Stage.IN_FORCE);
        assertThat(next(agreement)).containsExactly(Stage.PROPOSAL, Stage.ENDED);

        agreement = record(agreement, Stage.PROPOSAL, day, null, "Dinas Pendidikan");
        assertThat(next(agreement)).containsExactly(Stage.TKKSD_RECOMMENDATION, Stage.ENDED);
        agreement = record(agreement, Stage.TKKSD_RECOMMENDATION, day.plusDays(10), "REK/01/TKKSD", null);
        agreement = record(agreement, Stage.DPRD_APPROVAL, day.plusDays(20), "KEP-DPRD/7/2026", null);
        agreement = record(agreement, Stage.CENTRAL_APPROVAL, day.plusDays(30), "100.4/123/Kemendagri", null);
        assertThat(agreement.getSignedOn()).isNull();
        agreement = record(agreement, Stage.KB_SIGNED, day.plusDays(40), "001/KS/2026", null);
        assertThat(agreement.getSignedOn()).isEqualTo(day.plusDays(40));
        assertThat(agreement.getBandungNumber()).isEqualTo("001/KS/2026");
        agreement = record(agreement, Stage.IN_FORCE, day.plusDays(41), null, null);
        assertThat(agreement.getStartOn()).isEqualTo(day.plusDays(41));
        assertThat(agreement.getStage()).isEqualTo(Stage.IN_FORCE);
        assertThat(agreement.status(LocalDate.now(clock))).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(next(agreement)).containsExactly(Stage.EVALUATED, Stage.ENDED);

        long id = agreement.getId();
        List<StageStep> steps = SignIn.as(Roles.VIEWER, () -> stages.steps(id));
        assertThat(steps).extracting(StageStep::stage).startsWith(Stage.PROPOSAL, Stage.TKKSD_RECOMMENDATION);
        assertThat(steps).extracting(StageStep::recordedBy).containsOnly("staf");
        assertThat(steps.get(0).detail()).isEqualTo("Dinas Pendidikan");
        assertThat(SignIn.as(Roles.VIEWER, () -> audit.history(Agreement.RECORD_TYPE, id)))
                .anySatisfy(row -> assertThat(row.changes())
                        .anySatisfy(change -> assertThat(change.field()).isEqualTo("stage.KB_SIGNED")));
    }

    @Test
    void a_step_out_of_order_is_refused_naming_the_next_legal_step() {
        Agreement agreement = foreign(Category.KSDLL, DocumentKind.KESEPAKATAN_BERSAMA);
        LocalDate day = LocalDate.now(clock).minusDays(5);
        assertThatThrownBy(() -> record(agreement, Stage.KB_SIGNED, day, "1/KS", null))
                .isInstanceOfSatisfying(StageRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("agreement.stage.error.order");
                    assertThat(refused.arguments()).containsExactly(Stage.PROPOSAL);
                });
        Agreement proposed = record(agreement, Stage.PROPOSAL, day, null, "Bappelitbang");
        // skipping the approvals abroad is refused too
        assertThatThrownBy(() -> record(proposed, Stage.DPRD_APPROVAL, day, "1/DPRD", null))
                .isInstanceOfSatisfying(
                        StageRefusedException.class,
                        refused -> assertThat(refused.arguments()).containsExactly(Stage.TKKSD_RECOMMENDATION));
        assertThat(proposed.getStage()).isEqualTo(Stage.PROPOSAL);
    }

    @Test
    void dates_in_the_future_or_before_the_last_step_and_missing_facts_are_refused() {
        Agreement agreement = foreign(Category.KSDPL, DocumentKind.KESEPAKATAN_BERSAMA);
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> record(agreement, Stage.PROPOSAL, today, null, " "))
                .isInstanceOfSatisfying(
                        StageRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("agreement.stage.error.proposer"));
        assertThatThrownBy(() -> record(agreement, Stage.PROPOSAL, today.plusDays(1), null, "Dinas"))
                .isInstanceOfSatisfying(
                        StageRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("agreement.stage.error.future"));
        assertThatThrownBy(() -> record(agreement, Stage.PROPOSAL, today, "1\u0000/USUL", "Dinas"))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThatThrownBy(() -> record(agreement, Stage.PROPOSAL, today, "x".repeat(101), "Dinas"))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThatThrownBy(() -> record(agreement, Stage.PROPOSAL, today, null, "Dinas ".repeat(2_000)))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        Agreement proposed = record(agreement, Stage.PROPOSAL, today, null, "Dinas");
        assertThatThrownBy(() -> record(proposed, Stage.TKKSD_RECOMMENDATION, today.minusDays(1), null, null))
                .isInstanceOfSatisfying(StageRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("agreement.stage.error.before-previous");
                    assertThat(refused.arguments()).containsExactly(today);
                });
        Agreement reviewed = record(proposed, Stage.TKKSD_RECOMMENDATION, today, null, null);
        assertThatThrownBy(() -> record(reviewed, Stage.DPRD_APPROVAL, today, " ", null))
                .isInstanceOfSatisfying(
                        StageRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("agreement.stage.error.number"));
    }

    @Test
    void a_step_takes_its_document_by_the_signed_document_rules_and_refuses_anything_else() {
        Agreement agreement = foreign(Category.KSDPL, DocumentKind.KESEPAKATAN_BERSAMA);
        LocalDate today = LocalDate.now(clock);
        byte[] html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SignIn.as(
                        Roles.STAFF,
                        () -> stages.record(
                                agreement.getId(),
                                agreement.getVersion(),
                                new StageEntry(Stage.PROPOSAL, today, null, "Dinas"),
                                "usulan.pdf",
                                new ByteArrayInputStream(html),
                                html.length)))
                .isInstanceOfSatisfying(
                        StageRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("agreement.document.not-pdf"));
        Agreement saved = SignIn.as(
                Roles.STAFF,
                () -> stages.record(
                        agreement.getId(),
                        agreement.getVersion(),
                        new StageEntry(Stage.PROPOSAL, today, null, "Dinas"),
                        "../../surat\u0000usulan",
                        new ByteArrayInputStream(PDF),
                        PDF.length));
        StageStep step =
                SignIn.as(Roles.VIEWER, () -> stages.steps(saved.getId())).get(0);
        assertThat(step.fileName()).isEqualTo("suratusulan.pdf");
        assertThat(step.sizeBytes()).isEqualTo((long) PDF.length);
        assertThat(SignIn.as(Roles.VIEWER, () -> stages.document(step.id()))
                        .orElseThrow()
                        .content())
                .isEqualTo(PDF);
    }

    @Test
    void a_pks_follows_its_memorandum_and_dprd_approval_when_it_burdens_the_public() {
        Partner partner = records.city(Records.unique("Kota Tahapan"));
        Agreement pks = new Agreement(partner, Category.KSDD, Obligation.SUKARELA, "PKS pengelolaan sampah");
        pks.setDocumentKind(DocumentKind.PERJANJIAN_KERJA_SAMA);
        pks.setFields(EnumSet.of(CooperationField.LINGKUNGAN));
        pks.setBurdensPublic(true);
        assertThat(StageFlow.of(pks))
                .containsExactly(
                        Stage.PROPOSAL,
                        Stage.TKKSD_RECOMMENDATION,
                        Stage.KB_SIGNED,
                        Stage.DPRD_APPROVAL,
                        Stage.PKS_SIGNED,
                        Stage.IN_FORCE);
        pks.setBurdensPublic(false);
        assertThat(StageFlow.of(pks)).doesNotContain(Stage.DPRD_APPROVAL);
        pks.setDocumentKind(DocumentKind.NOTA_KESEPAKATAN);
        assertThat(StageFlow.of(pks))
                .containsSubsequence(Stage.KB_SIGNED, Stage.ACTION_PLAN, Stage.IN_FORCE)
                .doesNotContain(Stage.PKS_SIGNED);
    }

    @Test
    void the_last_step_can_be_taken_back_and_an_ended_agreement_takes_no_more_steps() {
        Agreement agreement = foreign(Category.KSDPL, DocumentKind.KESEPAKATAN_BERSAMA);
        LocalDate today = LocalDate.now(clock);
        Agreement proposed = record(agreement, Stage.PROPOSAL, today, null, "Dinas");
        Agreement reviewed = record(proposed, Stage.TKKSD_RECOMMENDATION, today, null, null);
        Agreement back = SignIn.as(Roles.STAFF, () -> stages.undoLast(reviewed.getId(), reviewed.getVersion()));
        assertThat(back.getStage()).isEqualTo(Stage.PROPOSAL);
        assertThat(next(back)).containsExactly(Stage.TKKSD_RECOMMENDATION, Stage.ENDED);

        Agreement ended = record(back, Stage.ENDED, today, null, "Mitra tidak melanjutkan penjajakan");
        assertThat(ended.getTerminatedOn()).isEqualTo(today);
        assertThat(ended.status(today)).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(next(ended)).isEmpty();
        assertThatThrownBy(() -> record(ended, Stage.TKKSD_RECOMMENDATION, today, null, null))
                .isInstanceOfSatisfying(
                        StageRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("agreement.stage.error.closed"));
    }

    private Agreement foreign(Category category, DocumentKind kind) {
        Partner partner = SignIn.as(
                Roles.STAFF,
                () -> partners.save(new Partner(Records.unique("Kota Luar"), PartnerKind.FOREIGN_CITY, "JP")));
        Agreement agreement = new Agreement(partner, category, null, Records.unique("Kerja sama"));
        agreement.setDocumentKind(kind);
        agreement.setFields(EnumSet.of(CooperationField.PENDIDIKAN));
        return SignIn.as(Roles.STAFF, () -> agreements.save(agreement));
    }

    private Agreement record(Agreement agreement, Stage stage, LocalDate on, String number, String detail) {
        return SignIn.as(
                "staf",
                Roles.STAFF,
                () -> stages.record(
                        agreement.getId(),
                        agreement.getVersion(),
                        new StageEntry(stage, on, number, detail),
                        null,
                        null,
                        0));
    }

    private List<Stage> next(Agreement agreement) {
        return SignIn.as(Roles.VIEWER, () -> stages.next(agreement.getId()));
    }
}
