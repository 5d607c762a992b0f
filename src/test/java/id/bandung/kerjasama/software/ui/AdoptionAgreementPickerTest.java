package id.bandung.kerjasama.software.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementChoice;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.software.Adoption;
import id.bandung.kerjasama.software.AdoptionService;
import id.bandung.kerjasama.software.AdoptionStatus;
import id.bandung.kerjasama.software.Software;
import id.bandung.kerjasama.software.SoftwareCategory;
import id.bandung.kerjasama.software.SoftwareService;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The adoption's agreement picker: the partner's own agreements, as choices, stored as the agreement. */
class AdoptionAgreementPickerTest extends KaribuTest {

    @Autowired
    Records records;

    @Autowired
    SoftwareService software;

    @Autowired
    AdoptionService adoptions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_adoption_offers_the_agreements_of_its_partner_and_stores_the_one_chosen() {
        Partner partner = records.city(Records.unique("Kota Adopsi Naskah"));
        Agreement first = records.regional(partner, "Naskah adopsi satu", DocumentKind.KESEPAKATAN_BERSAMA);
        Agreement second = records.regional(partner, "Naskah adopsi dua", DocumentKind.PERJANJIAN_KERJA_SAMA);
        records.regional(
                records.city(Records.unique("Kota Bukan Pengadopsi")),
                "Naskah mitra lain",
                DocumentKind.KESEPAKATAN_BERSAMA);
        Software app = SignIn.as(
                Roles.STAFF,
                () -> software.save(new Software(Records.unique("Aplikasi Naskah"), null, SoftwareCategory.OTHER)));
        Adoption adoption = new Adoption(partner, app, AdoptionStatus.ADOPTED);
        adoption.setAgreement(first);
        long adoptionId = SignIn.as(Roles.STAFF, () -> adoptions.save(adoption)).getId();

        signIn("staf");
        navigate("adoptions/" + adoptionId);
        AdoptionForm form = _get(AdoptionListView.class).form;
        assertThat(form.agreement.getValue())
                .isEqualTo(new AgreementChoice(first.getId(), "Naskah adopsi satu", partner.getId()));
        assertThat(getSuggestionItems(form.agreement))
                .extracting(AgreementChoice::title)
                .containsExactly("Naskah adopsi satu", "Naskah adopsi dua");

        _setValue(form.agreement, new AgreementChoice(second.getId(), "Naskah adopsi dua", partner.getId()));
        _click(form.buttons.save);

        assertThat(jdbc.queryForObject("select agreement_id from adoption where id = ?", Long.class, adoptionId))
                .isEqualTo(second.getId());
    }
}
