package id.bandung.kerjasama.software.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.software.Adoption;
import id.bandung.kerjasama.software.AdoptionService;
import id.bandung.kerjasama.software.AdoptionStatus;
import id.bandung.kerjasama.software.Software;
import id.bandung.kerjasama.software.SoftwareCategory;
import id.bandung.kerjasama.software.SoftwareService;
import id.bandung.kerjasama.support.HostileForms;
import id.bandung.kerjasama.support.HostileText;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every hostile text in every text field of the software and adoption editors: stored literally, or refused. */
class SoftwareHostileInputTest extends KaribuTest {

    @Autowired
    Records records;

    @Autowired
    SoftwareService software;

    @Autowired
    AdoptionService adoptions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hostile_text_in_every_software_field_is_stored_literally_or_refused_at_the_field() {
        Software app = SignIn.as(
                Roles.STAFF,
                () -> software.save(
                        new Software(Records.unique("Aplikasi Uji Masukan"), null, SoftwareCategory.OTHER)));
        signIn("staf");
        SoftAssertions softly = new SoftAssertions();
        int tried = checkSoftware(app, HostileText.Field.line("name", Software.NAME_MAX), "name", f -> f.name, softly)
                + checkSoftware(
                        app, HostileText.Field.line("acronym", Software.ACRONYM_MAX), "acronym", f -> f.acronym, softly)
                + checkSoftware(
                        app,
                        HostileText.Field.line("ownerUnit", Software.OWNER_UNIT_MAX),
                        "owner_unit",
                        f -> f.ownerUnit,
                        softly)
                + checkSoftware(
                        app,
                        HostileText.Field.notes("description", Software.DESCRIPTION_MAX),
                        "description",
                        f -> f.description,
                        softly);
        softly.assertAll();
        assertThat(tried).isEqualTo(4 * 22);
    }

    @Test
    void hostile_text_in_the_adoption_notes_is_stored_literally_or_refused_at_the_field() {
        Software app = SignIn.as(
                Roles.STAFF,
                () -> software.save(new Software(Records.unique("Aplikasi Adopsi Uji"), null, SoftwareCategory.OTHER)));
        Adoption adoption = SignIn.as(
                Roles.STAFF,
                () -> adoptions.save(
                        new Adoption(records.city(Records.unique("Kota Adopsi Uji")), app, AdoptionStatus.ADOPTED)));
        signIn("staf");
        SoftAssertions softly = new SoftAssertions();
        int tried = HostileForms.tryEach(
                HostileText.Field.notes("adoption notes", Adoption.NOTES_MAX),
                () -> {
                    navigate("adoptions/" + adoption.getId());
                    return _get(AdoptionListView.class).form.notes;
                },
                () -> _click(_get(AdoptionListView.class).form.buttons.save),
                () -> _click(_get(AdoptionListView.class).form.buttons.cancel),
                () -> jdbc.queryForObject("select notes from adoption where id = ?", String.class, adoption.getId()),
                softly);
        softly.assertAll();
        assertThat(tried).isEqualTo(22);
    }

    private <C extends HasValue<?, String> & HasValidation> int checkSoftware(
            Software app,
            HostileText.Field field,
            String column,
            Function<SoftwareForm, C> input,
            SoftAssertions softly) {
        return HostileForms.tryEach(
                field,
                () -> {
                    navigate("software/" + app.getId());
                    return input.apply(_get(SoftwareListView.class).form);
                },
                () -> _click(_get(SoftwareListView.class).form.buttons.save),
                () -> _click(_get(SoftwareListView.class).form.buttons.cancel),
                () -> jdbc.queryForObject(
                        "select " + column + " from software where id = ?", String.class, app.getId()),
                softly);
    }
}
