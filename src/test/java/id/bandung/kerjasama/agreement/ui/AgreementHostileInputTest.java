package id.bandung.kerjasama.agreement.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.support.HostileForms;
import id.bandung.kerjasama.support.HostileText;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.Records;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every hostile text in every text field of the agreement editor: stored literally, or refused at the field. */
class AgreementHostileInputTest extends KaribuTest {

    @Autowired
    Records records;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hostile_text_in_every_agreement_field_is_stored_literally_or_refused_at_the_field() {
        Agreement agreement = records.regional(
                records.city(Records.unique("Kota Uji Naskah")),
                "Naskah uji masukan",
                DocumentKind.KESEPAKATAN_BERSAMA);
        signIn("staf");
        SoftAssertions softly = new SoftAssertions();
        int tried = check(
                        agreement, HostileText.Field.line("title", Agreement.TITLE_MAX), "title", f -> f.title, softly)
                + check(
                        agreement,
                        HostileText.Field.line("bandungNumber", Agreement.NUMBER_MAX),
                        "bandung_number",
                        f -> f.bandungNumber,
                        softly)
                + check(
                        agreement,
                        HostileText.Field.line("partnerNumber", Agreement.NUMBER_MAX),
                        "partner_number",
                        f -> f.partnerNumber,
                        softly)
                + check(agreement, HostileText.Field.notes("notes", Agreement.NOTES_MAX), "notes", f -> f.notes, softly)
                // An early end needs its reason, and the reason its date.
                + check(
                        agreement,
                        HostileText.Field.notes("terminationReason", Agreement.TERMINATION_REASON_MAX),
                        "termination_reason",
                        f -> {
                            _setValue(f.terminatedOn, LocalDate.of(2026, 1, 31));
                            return f.terminationReason;
                        },
                        softly)
                + check(
                        agreement,
                        HostileText.Field.line("contactName", Agreement.CONTACT_NAME_MAX),
                        "contact_name",
                        f -> f.contactName,
                        softly);
        softly.assertAll();
        assertThat(tried).isEqualTo(6 * 22);
    }

    @Test
    void a_contact_address_that_could_add_a_recipient_or_a_header_is_refused_at_its_field_and_nothing_is_stored() {
        Agreement agreement = records.regional(
                records.city(Records.unique("Kota Uji Narahubung")),
                "Naskah uji narahubung",
                DocumentKind.KESEPAKATAN_BERSAMA);
        signIn("staf");
        for (String hostile : List.of(
                "rina@cimahikota.go.id\r\nBcc: semua@contoh.id",
                "rina@cimahikota.go.id, lain@contoh.id",
                "\"Rina\" <rina@cimahikota.go.id>",
                "<script>alert(1)</script>@x.id")) {
            navigate("agreements/" + agreement.getId());
            AgreementForm form = _get(AgreementListView.class).form;
            _setValue(form.contactEmail, hostile);
            _click(form.buttons.save);
            assertThat(form.contactEmail.isInvalid()).as(hostile).isTrue();
            assertThat(form.contactEmail.getErrorMessage()).startsWith("Isi satu alamat e-mail");
        }
        assertThat(jdbc.queryForObject(
                        "select contact_email from agreement where id = ?", String.class, agreement.getId()))
                .isNull();

        navigate("agreements/" + agreement.getId());
        AgreementForm form = _get(AgreementListView.class).form;
        _setValue(form.contactName, "Ibu Rina");
        _setValue(form.contactEmail, " rina@cimahikota.go.id ");
        _click(form.buttons.save);
        assertThat(jdbc.queryForObject(
                        "select contact_name || ' ' || contact_email from agreement where id = ?",
                        String.class,
                        agreement.getId()))
                .isEqualTo("Ibu Rina rina@cimahikota.go.id");
    }

    private <C extends HasValue<?, String> & HasValidation> int check(
            Agreement agreement,
            HostileText.Field field,
            String column,
            Function<AgreementForm, C> input,
            SoftAssertions softly) {
        return HostileForms.tryEach(
                field,
                () -> {
                    navigate("agreements/" + agreement.getId());
                    return input.apply(_get(AgreementListView.class).form);
                },
                () -> _click(_get(AgreementListView.class).form.buttons.save),
                () -> _click(_get(AgreementListView.class).form.buttons.cancel),
                () -> jdbc.queryForObject(
                        "select " + column + " from agreement where id = ?", String.class, agreement.getId()),
                softly);
    }
}
