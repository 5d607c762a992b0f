package id.bandung.kerjasama.agreement.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.agreement.ComplianceCheck;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The editor's timeline, step dialog, compliance warnings and extension, as staff and viewers use them. */
class LifecycleViewTest extends KaribuTest {

    @Autowired
    Records records;

    @Autowired
    AgreementService agreements;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_new_proposal_offers_only_the_next_legal_step_and_refuses_it_without_its_proposer_at_the_field() {
        Partner partner = records.city(Records.unique("Kota Usulan"));
        Agreement draft = records.regional(partner, "Kerja sama persampahan", DocumentKind.KESEPAKATAN_BERSAMA);
        signIn("staf");
        navigate("agreements/" + draft.getId());
        LifecycleSection lifecycle = _get(LifecycleSection.class);
        assertThat(recordButtons()).containsExactly("Catat: Penjajakan dan usulan");
        assertThat(texts(lifecycle))
                .first()
                .asString()
                .contains("Penjajakan dan usulan")
                .contains("Langkah berikutnya");

        _click(_get(Button.class, spec -> spec.withText("Catat: Penjajakan dan usulan")));
        StageDialog dialog = _get(StageDialog.class);
        _click(dialog.save);
        assertThat(dialog.detail.isInvalid()).isTrue();
        assertThat(dialog.detail.getErrorMessage()).isEqualTo("Sebutkan OPD pengusul.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from agreement_stage where agreement_id = ?", Integer.class, draft.getId()))
                .isZero();

        _setValue(dialog.detail, "Dinas Lingkungan Hidup <b>dan</b> Kebersihan");
        _setValue(dialog.referenceNumber, "005/USUL/2026");
        _click(dialog.save);
        NotificationsKt.expectNotifications("Langkah «Penjajakan dan usulan» dicatat.");
        assertThat(recordButtons()).containsExactly("Catat: Kajian dan rekomendasi TKKSD");
        LifecycleSection after = _get(LifecycleSection.class);
        assertThat(texts(after).get(0))
                .contains("Penjajakan dan usulan")
                .contains("Nomor: 005/USUL/2026")
                .contains("Dinas Lingkungan Hidup <b>dan</b> Kebersihan")
                .contains("Dicatat oleh staf");
    }

    @Test
    void a_briefing_sister_city_shows_its_warnings_with_their_basis_and_staff_accept_one_with_a_reason() {
        Long id = jdbc.queryForObject(
                "select a.id from agreement a join partner p on p.id = a.partner_id where p.name = 'Suwon'",
                Long.class);
        signIn("staf");
        navigate("agreements/" + id);
        ComplianceSection section = _get(ComplianceSection.class);
        assertThat(section.warnings
                        .getElement()
                        .getChildren()
                        .map(child -> child.getAttribute("data-check"))
                        .toList())
                .containsExactly(
                        ComplianceCheck.FOREIGN_WITHOUT_DPRD.name(),
                        ComplianceCheck.FOREIGN_WITHOUT_CENTRAL.name(),
                        ComplianceCheck.NO_TKKSD_RECOMMENDATION.name());
        assertThat(section.warnings.getElement().getTextRecursively())
                .contains("Kerja sama luar negeri tanpa persetujuan DPRD")
                .contains("Dasar: PP 28/2018 dan Permendagri 25/2020");
        assertThat(texts(_get(LifecycleSection.class)).get(0)).isEqualTo("Berlaku: riwayat sebelumnya belum dicatat");

        section.acknowledge(ComplianceCheck.FOREIGN_WITHOUT_DPRD);
        Dialog dialog = _get(Dialog.class, spec -> spec.withClasses("acknowledge-dialog"));
        TextArea reason = _get(dialog, TextArea.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Terima")));
        assertThat(reason.isInvalid()).isTrue();
        _setValue(reason, "Kerja sama sejak sebelum PP 28/2018; persetujuan DPRD ada di arsip kertas");
        _click(_get(dialog, Button.class, spec -> spec.withText("Terima")));
        NotificationsKt.expectNotifications("Peringatan diterima.");
        assertThat(section.warnings.getElement().getTextRecursively())
                .contains("Diterima oleh staf pada")
                .contains("persetujuan DPRD ada di arsip kertas");
        assertThat(jdbc.queryForObject(
                        "select count(*) from compliance_acknowledgement where agreement_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void extending_opens_the_successor_in_the_editor_with_its_chain_and_the_list_filters_by_warning() {
        Partner partner = records.city(Records.unique("Kota Perpanjang"));
        Agreement signed = records.regional(partner, "Kerja sama air bersih", DocumentKind.KESEPAKATAN_BERSAMA);
        signed.setSignedOn(LocalDate.of(2022, 3, 1));
        signed.setStartOn(LocalDate.of(2022, 3, 1));
        signed.setEndOn(LocalDate.of(2027, 3, 1));
        Agreement saved = SignIn.as(Roles.STAFF, () -> agreements.save(signed));
        signIn("staf");
        navigate("agreements/" + saved.getId());
        _click(_get(LifecycleSection.class).extend);
        NotificationsKt.expectNotifications(
                "Naskah pengganti untuk «Kerja sama air bersih» dibuat; tahapannya dimulai dari penjajakan.");
        Long successor =
                jdbc.queryForObject("select id from agreement where predecessor_id = ?", Long.class, saved.getId());
        assertThat(_get(AgreementListView.class).form.startOn.getValue()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(_get(LifecycleSection.class).getElement().getTextRecursively())
                .contains("Perpanjangan dari: Kerja sama air bersih");
        assertThat(recordButtons()).containsExactly("Catat: Penjajakan dan usulan");

        navigate("agreements/" + saved.getId());
        assertThat(_get(LifecycleSection.class).getElement().getTextRecursively())
                .contains("Diperpanjang dengan: Kerja sama air bersih")
                .contains("Diperpanjang");
        assertThat(_get(LifecycleSection.class).extend).isNull();
        assertThat(successor).isNotEqualTo(saved.getId());

        navigate("agreements?issue=NO_TKKSD_RECOMMENDATION");
        AgreementListView list = _get(AgreementListView.class);
        assertThat(list.issue.getValue()).isEqualTo(ComplianceCheck.NO_TKKSD_RECOMMENDATION);
    }

    @Test
    void recording_a_step_with_unsaved_changes_in_the_form_asks_before_dropping_them() {
        Partner partner = records.city(Records.unique("Kota Ragu"));
        Agreement draft = records.regional(partner, "Kerja sama irigasi", DocumentKind.KESEPAKATAN_BERSAMA);
        signIn("staf");
        navigate("agreements/" + draft.getId());
        _setValue(_get(AgreementListView.class).form.title, "Kerja sama irigasi (diubah, belum disimpan)");
        _click(_get(Button.class, spec -> spec.withText("Catat: Penjajakan dan usulan")));
        _assertNone(StageDialog.class);
        com.vaadin.flow.component.confirmdialog.ConfirmDialog question =
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        question.close();
        assertThat(_get(AgreementListView.class).form.title.getValue())
                .isEqualTo("Kerja sama irigasi (diubah, belum disimpan)");
    }

    @Test
    void a_viewer_sees_the_timeline_and_warnings_but_no_action() {
        Long id = jdbc.queryForObject(
                "select a.id from agreement a join partner p on p.id = a.partner_id where p.name = 'Kota Cimahi'",
                Long.class);
        signIn("pimpinan");
        navigate("agreements/" + id);
        _get(LifecycleSection.class);
        _get(ComplianceSection.class);
        assertThat(recordButtons()).isEmpty();
        _assertNone(Button.class, spec -> spec.withText("Perpanjang"));
        _assertNone(Button.class, spec -> spec.withText("Terima dengan alasan…"));
    }

    private static List<String> recordButtons() {
        return _find(Button.class, spec -> spec.withClasses("record-step")).stream()
                .map(Button::getText)
                .toList();
    }

    private static List<String> texts(LifecycleSection section) {
        return _find(section.timeline, ListItem.class).stream()
                .map(item -> item.getElement().getTextRecursively())
                .toList();
    }
}
