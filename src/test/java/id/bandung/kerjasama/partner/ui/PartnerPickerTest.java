package id.bandung.kerjasama.partner.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.base.ui.EditorPanel;
import id.bandung.kerjasama.base.ui.ListLayout;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerChoice;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The partner picker where other features use it: the agreement list's filter and the agreement editor. */
class PartnerPickerTest extends KaribuTest {

    @Autowired
    Records records;

    @Autowired
    PartnerService partners;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_list_linked_to_a_partner_opens_with_that_partner_chosen_and_only_its_agreements() {
        Partner partner = records.city(Records.unique("Kota Tautan"));
        records.regional(partner, "Naskah tertaut", DocumentKind.KESEPAKATAN_BERSAMA);
        signIn("pimpinan");
        navigate("agreements?partner=" + partner.getId());

        PartnerPicker picker = _get(PartnerPicker.class);
        assertThat(picker.getValue()).isEqualTo(PartnerChoice.of(partner));
        assertThat(picker.getItemLabelGenerator().apply(picker.getValue()))
                .isEqualTo(partner.getName() + " · Indonesia");
        assertThat(_get(ListLayout.class).getCount()).isEqualTo("1 naskah");
    }

    @Test
    void typing_offers_the_matching_partners_with_their_country_and_choosing_one_filters_the_list() {
        Partner partner = records.city(Records.unique("Kota Pilihan"));
        records.regional(partner, "Naskah pilihan", DocumentKind.KESEPAKATAN_BERSAMA);
        records.regional(partner, "Naskah pilihan kedua", DocumentKind.KESEPAKATAN_BERSAMA);
        signIn("pimpinan");
        navigate("agreements");

        PartnerPicker picker = _get(PartnerPicker.class);
        setUserInput(picker, partner.getName().toUpperCase());
        assertThat(getSuggestions(picker)).containsExactly(partner.getName() + " · Indonesia");
        _setValue(picker, getSuggestionItems(picker).get(0));
        assertThat(picker.partnerId()).isEqualTo(partner.getId());
        assertThat(_get(ListLayout.class).getCount()).isEqualTo("2 naskah");
    }

    @Test
    void an_agreement_saved_with_another_partner_chosen_is_stored_with_that_partner() {
        Partner first = records.city(Records.unique("Kota Awal"));
        Partner second = records.city(Records.unique("Kota Ganti"));
        Agreement agreement = records.regional(first, "Naskah pindah mitra", DocumentKind.KESEPAKATAN_BERSAMA);
        signIn("staf");
        navigate("agreements/" + agreement.getId());

        PartnerPicker picker = _get(PartnerPicker.class, spec -> spec.withLabel("Mitra"));
        assertThat(picker.getValue()).isEqualTo(PartnerChoice.of(first));
        choose(picker, second);
        _click(_get(_get(EditorPanel.class), Button.class, spec -> spec.withText("Simpan")));

        NotificationsKt.expectNotifications("Naskah „Naskah pindah mitra“ disimpan.");
        assertThat(partnerOf(agreement)).isEqualTo(second.getId());
    }

    @Test
    void a_partner_deleted_after_it_was_chosen_is_refused_at_the_field_and_nothing_is_saved() {
        Partner first = records.city(Records.unique("Kota Tetap"));
        Partner gone = records.city(Records.unique("Kota Hilang"));
        Agreement agreement = records.regional(first, "Naskah mitra hilang", DocumentKind.KESEPAKATAN_BERSAMA);
        signIn("staf");
        navigate("agreements/" + agreement.getId());
        PartnerPicker picker = _get(PartnerPicker.class, spec -> spec.withLabel("Mitra"));
        choose(picker, gone);
        SignIn.as(Roles.STAFF, () -> partners.delete(gone));

        _click(_get(_get(EditorPanel.class), Button.class, spec -> spec.withText("Simpan")));

        assertThat(picker.isInvalid()).isTrue();
        assertThat(picker.getErrorMessage()).isEqualTo("Data itu tidak ditemukan; mungkin sudah dihapus.");
        NotificationsKt.expectNoNotifications();
        assertThat(partnerOf(agreement)).isEqualTo(first.getId());
    }

    /** As a user does: types the name, then takes the one suggestion. */
    private static void choose(PartnerPicker picker, Partner partner) {
        setUserInput(picker, partner.getName());
        assertThat(getSuggestionItems(picker)).containsExactly(PartnerChoice.of(partner));
        _setValue(picker, getSuggestionItems(picker).get(0));
    }

    private long partnerOf(Agreement agreement) {
        return jdbc.queryForObject("select partner_id from agreement where id = ?", Long.class, agreement.getId());
    }
}
