package id.bandung.kerjasama.software;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.base.domain.DuplicateRecordException;
import id.bandung.kerjasama.base.domain.RecordInUseException;
import id.bandung.kerjasama.base.domain.RuleViolationException;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Software and adoption rules, on PostgreSQL. */
@IntegrationTest
class SoftwareServiceTest {

    @Autowired
    SoftwareService software;

    @Autowired
    PartnerService partners;

    @Autowired
    Records records;

    @Test
    void a_partner_adopts_a_piece_of_software_once_and_the_list_counts_the_adoptions() {
        Partner partner = records.city(Records.unique("Kota Adopsi"));
        Software app = SignIn.as(
                Roles.STAFF,
                () -> software.save(new Software(Records.unique("Aplikasi"), null, SoftwareCategory.PUBLIC_SERVICE)));
        Adoption adoption = new Adoption(partner, app, AdoptionStatus.ADOPTED);
        adoption.setSince(LocalDate.of(2017, 3, 1));
        SignIn.as(Roles.STAFF, () -> software.save(adoption));

        assertThatThrownBy(() -> SignIn.as(
                        Roles.STAFF, () -> software.save(new Adoption(partner, app, AdoptionStatus.REQUESTED))))
                .isInstanceOfSatisfying(
                        DuplicateRecordException.class,
                        e -> assertThat(e.field()).isEqualTo("software"));
        SoftwareFilter byName = new SoftwareFilter(app.getName(), null, null);
        assertThat(SignIn.as(Roles.VIEWER, () -> software.listSoftware(byName, PageRequest.of(0, 10))))
                .singleElement()
                .extracting(SoftwareRow::adoptedBy)
                .isEqualTo(1L);
    }

    @Test
    void an_adoption_may_fall_under_an_agreement_of_its_own_partner_only() {
        Partner partner = records.city(Records.unique("Kota Dasar"));
        Partner other = records.city(Records.unique("Kota Asing"));
        Agreement foreign = records.regional(other, "Naskah mitra lain", DocumentKind.PERJANJIAN_KERJA_SAMA);
        Software app = SignIn.as(
                Roles.STAFF,
                () -> software.save(new Software(Records.unique("Aplikasi"), null, SoftwareCategory.FINANCE)));
        Adoption adoption = new Adoption(partner, app, AdoptionStatus.IN_PROGRESS);
        adoption.setAgreement(foreign);

        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> software.save(adoption)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("agreement"));
    }

    @Test
    void software_and_partners_that_adoptions_refer_to_cannot_be_deleted() {
        Partner partner = records.city(Records.unique("Kota Pemakai"));
        Software app = SignIn.as(
                Roles.STAFF,
                () -> software.save(new Software(Records.unique("Aplikasi Terpakai"), null, SoftwareCategory.OTHER)));
        SignIn.as(Roles.STAFF, () -> software.save(new Adoption(partner, app, AdoptionStatus.ADOPTED)));

        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> software.delete(app)))
                .isInstanceOfSatisfying(
                        RecordInUseException.class,
                        e -> assertThat(e.holders())
                                .singleElement()
                                .satisfies(
                                        holder -> assertThat(holder.examples()).containsExactly(partner.getName())));
        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> partners.delete(partner)))
                .isInstanceOfSatisfying(
                        RecordInUseException.class,
                        e -> assertThat(e.holders())
                                .extracting(RecordInUseException.Holder::recordType)
                                .containsExactly("Adoption"));
    }

    @Test
    void adoption_filters_select_by_software_partner_and_status() {
        Partner partner = records.city(Records.unique("Kota Saring"));
        Software app = SignIn.as(
                Roles.STAFF,
                () -> software.save(new Software(Records.unique("Aplikasi Saring"), null, SoftwareCategory.OTHER)));
        SignIn.as(Roles.STAFF, () -> software.save(new Adoption(partner, app, AdoptionStatus.DISCONTINUED)));

        AdoptionFilter discontinued =
                new AdoptionFilter(null, app.getId(), partner.getId(), AdoptionStatus.DISCONTINUED);
        assertThat(SignIn.as(Roles.VIEWER, () -> software.countAdoptions(discontinued)))
                .isEqualTo(1);
        AdoptionFilter adopted = new AdoptionFilter(null, app.getId(), partner.getId(), AdoptionStatus.ADOPTED);
        assertThat(SignIn.as(Roles.VIEWER, () -> software.countAdoptions(adopted)))
                .isZero();
        AdoptionFilter byPartnerName = new AdoptionFilter(partner.getName().substring(5), null, null, null);
        assertThat(SignIn.as(Roles.VIEWER, () -> software.listAdoptions(byPartnerName, PageRequest.of(0, 5))))
                .extracting(a -> a.getSoftware().getName())
                .containsExactly(app.getName());
    }
}
