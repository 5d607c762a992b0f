package id.bandung.kerjasama.partner.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.support.HostileForms;
import id.bandung.kerjasama.support.HostileText;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.Records;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every hostile text in every text field of the partner editor: stored literally, or refused at the field. */
class PartnerHostileInputTest extends KaribuTest {

    @Autowired
    Records records;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hostile_text_in_every_partner_field_is_stored_literally_or_refused_at_the_field() {
        // A university: a city's name follows its region and cannot be typed.
        Partner partner = records.university(Records.unique("Universitas Uji Masukan"));
        signIn("staf");
        SoftAssertions softly = new SoftAssertions();
        int tried = check(partner, HostileText.Field.line("name", Partner.NAME_MAX), "name", form -> form.name, softly)
                + check(
                        partner,
                        HostileText.Field.webAddress("website", Partner.WEBSITE_MAX),
                        "website",
                        form -> form.website,
                        softly)
                + check(
                        partner,
                        HostileText.Field.notes("contact", Partner.CONTACT_MAX),
                        "contact",
                        form -> form.contact,
                        softly)
                + check(
                        partner,
                        HostileText.Field.notes("notes", Partner.NOTES_MAX),
                        "notes",
                        form -> form.notes,
                        softly);
        softly.assertAll();
        assertThat(tried).isEqualTo(4 * 22 + 4);
    }

    private <C extends HasValue<?, String> & HasValidation> int check(
            Partner partner,
            HostileText.Field field,
            String column,
            Function<PartnerForm, C> input,
            SoftAssertions softly) {
        return HostileForms.tryEach(
                field,
                () -> {
                    navigate("partners/" + partner.getId());
                    return input.apply(_get(PartnerListView.class).form);
                },
                () -> _click(_get(PartnerListView.class).form.buttons.save),
                () -> _click(_get(PartnerListView.class).form.buttons.cancel),
                () -> jdbc.queryForObject(
                        "select " + column + " from partner where id = ?", String.class, partner.getId()),
                softly);
    }
}
