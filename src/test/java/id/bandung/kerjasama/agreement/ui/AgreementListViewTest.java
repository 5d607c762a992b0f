package id.bandung.kerjasama.agreement.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementChoice;
import id.bandung.kerjasama.agreement.AgreementStatus;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.agreement.Obligation;
import id.bandung.kerjasama.agreement.Pdfs;
import id.bandung.kerjasama.base.ui.ListLayout;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerChoice;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.Records;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AgreementListViewTest extends KaribuTest {

    @Autowired
    Records records;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_deep_link_with_status_and_category_opens_the_filtered_list() {
        signIn("pimpinan");
        navigate("agreements?status=UNDATED&category=KSDPL");
        AgreementListView view = _get(AgreementListView.class);
        assertThat(view.status.getValue()).isEqualTo(AgreementStatus.UNDATED);
        assertThat(view.category.getValue()).isEqualTo(Category.KSDPL);
        // the 13 sister cities of the briefing facts: in force in 2017, none of them with a signing date yet
        Integer drafts = jdbc.queryForObject(
                "select count(*) from agreement where category = 'KSDPL'"
                        + " and signed_on is null and terminated_on is null and stage = 'IN_FORCE'",
                Integer.class);
        assertThat(drafts).isEqualTo(13);
        assertThat(_size(view.grid)).isEqualTo(drafts);
        assertThat(_get(ListLayout.class).getCount()).isEqualTo(drafts + " naskah");
        assertThat(IntStream.range(0, _size(view.grid))
                        .mapToObj(i -> _get(view.grid, i).status()))
                .containsOnly(AgreementStatus.UNDATED);
        assertThat(IntStream.range(0, _size(view.grid))
                        .mapToObj(i -> _get(view.grid, i).category()))
                .containsOnly(Category.KSDPL);

        // and they are not drafts
        navigate("agreements?status=DRAFT&category=KSDPL");
        assertThat(_size(_get(AgreementListView.class).grid)).isZero();
    }

    @Test
    void regional_cooperation_without_an_obligation_is_refused_at_the_obligation() {
        Partner partner = records.city(Records.unique("Kota Formulir"));
        signIn("staf");
        navigate("agreements/new");
        AgreementForm form = _get(AgreementListView.class).form;
        fillValid(form, partner);
        _setValue(form.category, Category.KSDD);
        form.obligation.clear();
        _click(form.buttons.save);

        assertThat(form.obligation.isInvalid()).isTrue();
        assertThat(form.obligation.getErrorMessage())
                .isEqualTo("Kerja sama antardaerah (KSDD) harus wajib atau sukarela");
        assertThat(count(partner)).isZero();
    }

    @Test
    void an_end_before_the_start_is_refused_at_the_end_date() {
        Partner partner = records.city(Records.unique("Kota Tanggal"));
        signIn("staf");
        navigate("agreements/new");
        AgreementForm form = _get(AgreementListView.class).form;
        fillValid(form, partner);
        _setValue(form.startOn, LocalDate.of(2024, 6, 1));
        _setValue(form.endOn, LocalDate.of(2024, 5, 31));
        _click(form.buttons.save);

        assertThat(form.endOn.isInvalid()).isTrue();
        assertThat(form.endOn.getErrorMessage()).isEqualTo("Tanggal berakhir tidak boleh sebelum tanggal mulai");
        assertThat(count(partner)).isZero();
    }

    @Test
    void an_early_end_without_its_reason_is_refused_at_the_reason() {
        Partner partner = records.city(Records.unique("Kota Pengakhiran"));
        signIn("staf");
        navigate("agreements/new");
        AgreementForm form = _get(AgreementListView.class).form;
        fillValid(form, partner);
        _setValue(form.terminatedOn, LocalDate.of(2024, 5, 1));
        _click(form.buttons.save);

        assertThat(form.terminationReason.isInvalid()).isTrue();
        assertThat(form.terminationReason.getErrorMessage())
                .isEqualTo("Pengakhiran lebih awal memerlukan tanggal dan alasan");
        assertThat(count(partner)).isZero();
    }

    @Test
    void an_implementing_agreement_offers_only_the_memoranda_of_its_partner_as_parent() {
        Partner partner = records.city(Records.unique("Kota Pelaksana"));
        Partner other = records.city(Records.unique("Kota Sebelah"));
        records.regional(partner, "KB milik sendiri", DocumentKind.KESEPAKATAN_BERSAMA);
        records.regional(partner, "PKS lain", DocumentKind.PERJANJIAN_KERJA_SAMA);
        records.regional(other, "KB kota sebelah", DocumentKind.KESEPAKATAN_BERSAMA);
        signIn("staf");
        navigate("agreements/new");
        AgreementForm form = _get(AgreementListView.class).form;
        fillValid(form, partner);
        assertThat(form.parent.isEnabled()).isFalse();
        _setValue(form.documentKind, DocumentKind.PERJANJIAN_KERJA_SAMA);

        assertThat(form.parent.isEnabled()).isTrue();
        assertThat(getSuggestionItems(form.parent))
                .extracting(AgreementChoice::title)
                .containsExactly("KB milik sendiri");
    }

    @Test
    void an_implementing_agreement_is_stored_with_the_memorandum_chosen_as_parent() {
        Partner partner = records.city(Records.unique("Kota Induk Formulir"));
        Agreement memorandum = records.regional(partner, "KB induk", DocumentKind.KESEPAKATAN_BERSAMA);
        signIn("staf");
        navigate("agreements/new");
        AgreementForm form = _get(AgreementListView.class).form;
        fillValid(form, partner);
        _setValue(form.documentKind, DocumentKind.PERJANJIAN_KERJA_SAMA);
        _setValue(form.parent, new AgreementChoice(memorandum.getId(), "KB induk", partner.getId()));
        _click(form.buttons.save);

        NotificationsKt.expectNotifications("Naskah „Kerja sama uji“ disimpan.");
        assertThat(jdbc.queryForObject(
                        "select parent_id from agreement where partner_id = ? and id <> ?",
                        Long.class,
                        partner.getId(),
                        memorandum.getId()))
                .isEqualTo(memorandum.getId());
        assertThat(form.parent.getValue())
                .isEqualTo(new AgreementChoice(memorandum.getId(), "KB induk", partner.getId()));
    }

    @Test
    void staff_create_a_regional_agreement_and_attach_its_signed_pdf() {
        Partner partner = records.city(Records.unique("Kota Lengkap"));
        signIn("staf");
        navigate("agreements/new");
        AgreementListView view = _get(AgreementListView.class);
        AgreementForm form = view.form;
        fillValid(form, partner);
        _setValue(form.obligation, Obligation.WAJIB);
        _setValue(form.signedOn, LocalDate.of(2025, 1, 15));
        _setValue(form.endOn, LocalDate.now().plusYears(3));
        _click(form.buttons.save);
        NotificationsKt.expectNotifications("Naskah „Kerja sama uji“ disimpan.");
        assertThat(form.status.getValue()).isEqualTo("Berlaku");

        byte[] pdf = Pdfs.minimal("Kerja sama uji");
        _upload(_get(Upload.class), "naskah-ttd.pdf", "application/pdf", pdf);
        NotificationsKt.expectNotifications("Dokumen naskah-ttd.pdf disimpan.");
        assertThat(_download(_get(Anchor.class, spec -> spec.withId("document-download"))))
                .isEqualTo(pdf);

        _upload(_get(Upload.class), "bukan.pdf", "application/pdf", "halo".getBytes(StandardCharsets.UTF_8));
        // The refusal is shown at the field, and nothing claims success.
        NotificationsKt.expectNoNotifications();
        Span refusal = _get(DocumentSection.class).refusal;
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText())
                .isEqualTo("Berkas ini bukan PDF. Unggah naskah yang ditandatangani dalam format PDF.");
        assertThat(jdbc.queryForObject(
                        "select file_name from agreement_document d join agreement a "
                                + "on a.id = d.agreement_id where a.partner_id = ?",
                        String.class,
                        partner.getId()))
                .isEqualTo("naskah-ttd.pdf");
    }

    @Test
    void the_upload_field_takes_only_a_pdf_of_20_mb_and_speaks_the_ui_language() {
        Agreement agreement = records.regional(
                records.city(Records.unique("Kota Bahasa")), "Naskah dua bahasa", DocumentKind.KESEPAKATAN_BERSAMA);
        signIn("staf");
        navigate("agreements/" + agreement.getId());
        Upload upload = _get(Upload.class);
        assertThat(upload.getMaxFileSize()).isEqualTo(20 * 1024 * 1024);
        assertThat(upload.getAcceptedFileTypes()).containsExactly("application/pdf", ".pdf");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("Berkas lebih besar dari 20 MB.");
        assertThat(upload.getI18n().getUploading().getError().getForbidden())
                .isEqualTo("Ditolak: hanya PDF sampai 20 MB yang diterima.");
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Pilih PDF…");

        navigate("agreements/" + agreement.getId() + "?lang=en");
        upload = _get(Upload.class);
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("The file is larger than 20 MB.");
        assertThat(upload.getI18n().getError().getIncorrectFileType())
                .isEqualTo("This file is not a PDF. Upload the signed agreement as a PDF.");
        assertThat(upload.getI18n().getUploading().getError().getForbidden())
                .isEqualTo("Refused: only a PDF of up to 20 MB is taken.");
        assertThat(upload.getI18n().getUploading().getError().getUnexpectedServerError())
                .isEqualTo("Upload failed because of a server error.");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("Drop a PDF here");
    }

    @Test
    void a_viewer_sees_the_document_section_without_upload() {
        Partner partner = records.city(Records.unique("Kota Lihat"));
        Agreement agreement = records.regional(partner, "Naskah untuk dilihat", DocumentKind.KESEPAKATAN_BERSAMA);
        signIn("pimpinan");
        navigate("agreements/" + agreement.getId());
        AgreementListView view = _get(AgreementListView.class);
        assertThat(view.form.title.isReadOnly()).isTrue();
        _assertNone(Upload.class);
    }

    private void fillValid(AgreementForm form, Partner partner) {
        _setValue(form.title, "Kerja sama uji");
        form.partner.setValue(PartnerChoice.of(partner));
        _setValue(form.category, Category.KSDD);
        _setValue(form.obligation, Obligation.SUKARELA);
        _setValue(form.documentKind, DocumentKind.KESEPAKATAN_BERSAMA);
        _setValue(form.fields, Set.of(CooperationField.EKONOMI, CooperationField.PARIWISATA));
    }

    private long count(Partner partner) {
        return jdbc.queryForObject("select count(*) from agreement where partner_id = ?", Long.class, partner.getId());
    }
}
