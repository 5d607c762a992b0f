package id.bandung.kerjasama.software;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.audit.AuditAction;
import id.bandung.kerjasama.audit.AuditQueries;
import id.bandung.kerjasama.audit.AuditRow;
import id.bandung.kerjasama.base.domain.DeletionCheck;
import id.bandung.kerjasama.base.domain.DuplicateRecordException;
import id.bandung.kerjasama.base.domain.RecordInUseException;
import id.bandung.kerjasama.base.domain.RuleViolationException;
import id.bandung.kerjasama.base.domain.StaleRecordException;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** Software and adoption rules, on PostgreSQL. */
@CommittingTest // duplicates and stale copies are refused by the database, each save in its own transaction
class SoftwareServiceTest {

    @Autowired
    SoftwareService software;

    @Autowired
    AdoptionService adoptions;

    @Autowired
    AdoptionQueries adoptionList;

    @Autowired
    PartnerService partners;

    @Autowired
    AuditQueries audit;

    @Autowired
    Records records;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void a_partner_adopts_a_piece_of_software_once() {
        Partner partner = records.city(Records.unique("Kota Adopsi"));
        Software app = save(new Software(Records.unique("Aplikasi"), null, SoftwareCategory.PUBLIC_SERVICE));
        Adoption adoption = new Adoption(partner, app, AdoptionStatus.ADOPTED);
        adoption.setSince(LocalDate.of(2017, 3, 1));
        SignIn.as(Roles.STAFF, () -> adoptions.save(adoption));

        assertThatThrownBy(() -> SignIn.as(
                        Roles.STAFF, () -> adoptions.save(new Adoption(partner, app, AdoptionStatus.REQUESTED))))
                .isInstanceOfSatisfying(
                        DuplicateRecordException.class,
                        e -> assertThat(e.field()).isEqualTo("software"));
        assertThat(SignIn.as(Roles.VIEWER, () -> adoptionList.count(new AdoptionFilter(null, app.getId(), null, null))))
                .isEqualTo(1);
    }

    @Test
    void two_applications_never_share_a_name_whatever_its_case_and_names_are_stored_stripped() {
        String name = Records.unique("Aplikasi Kembar");
        Software first = save(new Software("  " + name + " ", null, SoftwareCategory.OTHER));
        assertThat(first.getName()).isEqualTo(name);

        assertThatThrownBy(() -> save(new Software(name.toUpperCase(), null, SoftwareCategory.OTHER)))
                .isInstanceOfSatisfying(
                        DuplicateRecordException.class,
                        e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void saving_and_deleting_software_leaves_an_audit_trail_and_a_stale_copy_is_refused() {
        Software app = save(new Software(Records.unique("Aplikasi Jejak"), "AJ", SoftwareCategory.FINANCE));
        Software stale = SignIn.as(Roles.STAFF, () -> software.find(app.getId()).orElseThrow());
        Software edited =
                SignIn.as(Roles.STAFF, () -> software.find(app.getId()).orElseThrow());
        edited.setOwnerUnit("BPKAD");
        save(edited);

        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> software.delete(stale)))
                .isInstanceOf(StaleRecordException.class);
        Software current =
                SignIn.as(Roles.STAFF, () -> software.find(app.getId()).orElseThrow());
        SignIn.as(Roles.STAFF, () -> software.delete(current));

        assertThat(SignIn.as(Roles.STAFF, () -> software.find(app.getId()))).isEmpty();
        assertThat(SignIn.as(Roles.VIEWER, () -> audit.history(Software.RECORD_TYPE, app.getId())))
                .extracting(AuditRow::action)
                .containsExactly(AuditAction.DELETE, AuditAction.UPDATE, AuditAction.CREATE);
    }

    @Test
    void an_adoption_may_fall_under_an_agreement_of_its_own_partner_only() {
        Partner partner = records.city(Records.unique("Kota Dasar"));
        Partner other = records.city(Records.unique("Kota Asing"));
        Agreement foreign = records.regional(other, "Naskah mitra lain", DocumentKind.PERJANJIAN_KERJA_SAMA);
        Agreement own = records.regional(partner, "Naskah mitra sendiri", DocumentKind.PERJANJIAN_KERJA_SAMA);
        Software app = save(new Software(Records.unique("Aplikasi"), null, SoftwareCategory.FINANCE));
        Adoption adoption = new Adoption(partner, app, AdoptionStatus.IN_PROGRESS);
        adoption.setAgreement(foreign);

        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> adoptions.save(adoption)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("agreement"));

        adoption.setAgreement(own);
        Adoption saved = SignIn.as(Roles.STAFF, () -> adoptions.save(adoption));
        assertThat(saved.auditLabel()).isEqualTo(app.getName() + " – " + partner.getName());
        assertThat(SignIn.as(Roles.VIEWER, () -> adoptions.find(saved.getId()))
                        .orElseThrow()
                        .getAgreement()
                        .getTitle())
                .isEqualTo("Naskah mitra sendiri");
    }

    @Test
    void software_partners_and_agreements_that_adoptions_refer_to_cannot_be_deleted() {
        Partner partner = records.city(Records.unique("Kota Pemakai"));
        Agreement agreement = records.regional(partner, "Naskah adopsi", DocumentKind.PERJANJIAN_KERJA_SAMA);
        Software app = save(new Software(Records.unique("Aplikasi Terpakai"), null, SoftwareCategory.OTHER));
        Adoption adoption = new Adoption(partner, app, AdoptionStatus.DISCONTINUED);
        adoption.setAgreement(agreement);
        SignIn.as(Roles.STAFF, () -> adoptions.save(adoption));

        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> software.delete(app)))
                .isInstanceOfSatisfying(
                        RecordInUseException.class,
                        e -> assertThat(e.holders()).singleElement().satisfies(holder -> {
                            assertThat(holder.recordType()).isEqualTo(Adoption.RECORD_TYPE);
                            assertThat(holder.examples()).containsExactly(partner.getName());
                        }));
        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> partners.delete(partner)))
                .isInstanceOfSatisfying(
                        RecordInUseException.class,
                        e -> assertThat(e.holders())
                                .extracting(RecordInUseException.Holder::recordType)
                                .containsExactlyInAnyOrder(Agreement.RECORD_TYPE, Adoption.RECORD_TYPE));
        DeletionCheck agreementDeletion = new DeletionCheck(Agreement.RECORD_TYPE, agreement.getId());
        events.publishEvent(agreementDeletion);
        assertThatThrownBy(agreementDeletion::refuseIfHeld)
                .isInstanceOfSatisfying(
                        RecordInUseException.class,
                        e -> assertThat(e.holders())
                                .singleElement()
                                .satisfies(holder -> assertThat(holder.examples())
                                        .containsExactly(app.getName() + " – " + partner.getName())));
        assertThat(SignIn.as(Roles.STAFF, () -> software.find(app.getId()))).isPresent();
    }

    @Test
    void an_adoption_is_deleted_with_an_audit_entry_and_then_frees_its_software() {
        Partner partner = records.city(Records.unique("Kota Berhenti"));
        Software app = save(new Software(Records.unique("Aplikasi Lepas"), null, SoftwareCategory.OTHER));
        Adoption adoption =
                SignIn.as(Roles.STAFF, () -> adoptions.save(new Adoption(partner, app, AdoptionStatus.DISCONTINUED)));

        SignIn.as(Roles.STAFF, () -> adoptions.delete(adoption));
        SignIn.as(Roles.STAFF, () -> software.delete(app));

        assertThat(SignIn.as(Roles.VIEWER, () -> audit.history(Adoption.RECORD_TYPE, adoption.getId())))
                .extracting(AuditRow::action)
                .containsExactly(AuditAction.DELETE, AuditAction.CREATE);
        assertThat(SignIn.as(Roles.STAFF, () -> software.find(app.getId()))).isEmpty();
    }

    private Software save(Software item) {
        return SignIn.as(Roles.STAFF, () -> software.save(item));
    }
}
