package id.bandung.kerjasama.partner.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._selectRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.audit.ui.RecordHistory;
import id.bandung.kerjasama.base.ui.EditorPanel;
import id.bandung.kerjasama.base.ui.ListLayout;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerFilter;
import id.bandung.kerjasama.partner.PartnerGap;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.partner.Region;
import id.bandung.kerjasama.partner.RegionQueries;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@CommittingTest
class PartnerListViewTest extends KaribuTest {

    @Autowired
    PartnerService partners;

    @Autowired
    Records records;

    @Autowired
    RegionQueries regions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_missing_filter_lists_exactly_the_partners_without_coordinates_and_its_chip_removes_it() {
        signIn("staf");
        records.city(Records.unique("Kota Tanpa Titik"));
        records.regency(Records.unique("Kabupaten Tanpa Titik"));
        navigate("partners?missing=COORDINATES");
        PartnerListView view = _get(PartnerListView.class);
        List<String> withoutCoordinates = jdbc.queryForList(
                "select name from partner where latitude is null or longitude is null order by name", String.class);
        assertThat(withoutCoordinates).hasSize(2); // the briefing's facts carry their cities' coordinates
        assertThat(IntStream.range(0, _size(view.grid))
                        .mapToObj(row -> _get(view.grid, row).name()))
                .containsExactlyElementsOf(withoutCoordinates);
        assertThat(view.missing.isVisible()).isTrue();
        assertThat(view.missing.getValue()).isEqualTo(PartnerGap.COORDINATES);
        assertThat(view.missing.getText()).isEqualTo("Tanpa koordinat");

        Partner placed = new Partner(Records.unique("Kota Berkoordinat"), PartnerKind.CITY, Partner.INDONESIA);
        placed.setRegionCode(records.freeRegion(Region.Level.CITY, null).code());
        placed.setLatitude(new BigDecimal("-6.9"));
        placed.setLongitude(new BigDecimal("107.6"));
        SignIn.as(Roles.STAFF, () -> partners.save(placed));
        navigate("partners?missing=COORDINATES");
        PartnerListView again = _get(PartnerListView.class);
        assertThat(_size(again.grid))
                .as("a partner with coordinates is not listed")
                .isEqualTo(2);

        again.missing.remove(); // the chip's remove button, as the user clicks it
        assertThat(again.missing.isVisible()).isFalse();
        assertThat(_size(again.grid)).isEqualTo(23); // the briefing's 20, the two without coordinates and one with
    }

    @Test
    void the_missing_filter_keeps_the_other_filters_and_a_province_gap_concerns_indonesian_partners_only() {
        signIn("staf");
        navigate("partners?missing=PROVINCE&q=kota");
        PartnerListView view = _get(PartnerListView.class);
        assertThat(view.missing.getText()).isEqualTo("Mitra Indonesia tanpa provinsi");
        assertThat(_size(view.grid)).isZero(); // the facts' Indonesian partners are all in Jawa Barat
        assertThat(PartnerFilter.fromParameters(Map.of("missing", List.of("PROVINCE"), "q", List.of("kota")))
                        .toParameters())
                .isEqualTo(Map.of("q", List.of("kota"), "missing", List.of("PROVINCE")));
        assertThat(PartnerFilter.fromParameters(Map.of("missing", List.of("ANYTHING")))
                        .missing())
                .isNull();
    }

    @Test
    void staff_create_a_partner_that_then_appears_in_the_list_with_its_history() {
        signIn("staf");
        navigate("partners");
        _click(_get(Button.class, spec -> spec.withId("new-partner")));
        PartnerListView view = _get(PartnerListView.class);
        _setValue(view.form.kind, PartnerKind.CITY);
        _setValue(view.form.country, "ID");
        _setValue(view.form.region, regions.find("36.73").orElseThrow());
        String name = "Kota Serang"; // the region's name
        assertThat(view.form.name.getValue()).isEqualTo(name);
        _click(view.form.buttons.save);

        NotificationsKt.expectNotifications("Mitra " + name + " disimpan.");
        assertThat(_get(EditorPanel.class).getTitle()).isEqualTo(name);
        _setValue(view.search, name);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_get(ListLayout.class).getCount()).isEqualTo("1 mitra");
        assertThat(jdbc.queryForObject("select province from partner where name = ?", String.class, name))
                .isEqualTo("BANTEN");
    }

    @Test
    void a_missing_name_and_a_province_abroad_are_refused_at_their_fields() {
        signIn("staf");
        navigate("partners/new");
        PartnerListView view = _get(PartnerListView.class);
        _setValue(view.form.country, "JP");
        _click(view.form.buttons.save);

        assertThat(view.form.name.isInvalid()).isTrue();
        assertThat(view.form.name.getErrorMessage()).isEqualTo("Wajib diisi");
        assertThat(view.form.province.isEnabled()).isFalse();
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void text_over_the_limit_is_refused_at_the_field() {
        signIn("staf");
        navigate("partners/new");
        PartnerListView view = _get(PartnerListView.class);
        _setValue(view.form.name, "x".repeat(Partner.NAME_MAX + 1));
        _setValue(view.form.kind, PartnerKind.CITY);
        _click(view.form.buttons.save);

        assertThat(view.form.name.isInvalid()).isTrue();
        assertThat(view.form.name.getErrorMessage()).isEqualTo("Paling banyak 200 karakter; yang diisi 201");
    }

    @Test
    void markup_in_a_name_is_shown_as_text_and_never_run() {
        String name = Records.unique("<img src=x onerror=alert(1)> Universitas");
        Partner partner = records.university(name);
        signIn("pimpinan");
        navigate("partners/" + partner.getId());
        PartnerListView view = _get(PartnerListView.class);
        assertThat(_get(EditorPanel.class).getTitle()).isEqualTo(name);
        assertThat(view.form.name.getValue()).isEqualTo(name);
        assertThat(_get(EditorPanel.class).getElement().getOuterHTML()).doesNotContain("<img");
    }

    @Test
    void a_duplicate_partner_gets_a_sentence_at_the_name_field() {
        signIn("staf");
        navigate("partners/new");
        PartnerListView view = _get(PartnerListView.class);
        _setValue(view.form.name, "hamamatsu"); // a sister city of the briefing's facts
        _setValue(view.form.kind, PartnerKind.FOREIGN_CITY);
        _setValue(view.form.country, "JP");
        _click(view.form.buttons.save);

        assertThat(view.form.name.isInvalid()).isTrue();
        assertThat(view.form.name.getErrorMessage()).isEqualTo("Mitra dengan nama ini sudah ada di negara ini.");
    }

    @Test
    void the_filter_lives_in_the_url_and_a_bookmarked_list_opens_filtered() {
        signIn("pimpinan");
        navigate("partners?kind=FOREIGN_CITY&country=CN");
        PartnerListView view = _get(PartnerListView.class);
        assertThat(view.kind.getValue()).isEqualTo(PartnerKind.FOREIGN_CITY);
        assertThat(view.country.getValue()).isEqualTo("CN");
        assertThat(IntStream.range(0, _size(view.grid))
                        .mapToObj(i -> _get(view.grid, i).name()))
                .containsExactlyInAnyOrder("Liuzhou", "Shenzhen", "Yingkou");
        assertThat(_get(ListLayout.class).getCount()).isEqualTo("3 mitra");
    }

    @Test
    void a_filter_with_no_match_says_so() {
        signIn("pimpinan");
        navigate("partners?q=tidak-ada-mitra-seperti-ini");
        PartnerListView view = _get(PartnerListView.class);
        assertThat(_size(view.grid)).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("Tidak ada mitra yang cocok dengan filter ini.");
        assertThat(_get(ListLayout.class).getCount()).isEqualTo("0 mitra");
    }

    @Test
    void a_viewer_reads_a_partner_without_any_way_to_change_it() {
        signIn("pimpinan");
        navigate("partners");
        PartnerListView view = _get(PartnerListView.class);
        _find(Button.class, spec -> spec.withId("new-partner")).forEach(b -> {
            throw new AssertionError("a viewer sees the new-partner button");
        });
        _selectRow(view.grid, 0);
        assertThat(_get(EditorPanel.class).isOpen()).isTrue();
        assertThat(view.form.name.isReadOnly()).isTrue();
        assertThat(view.form.buttons.save.isVisible()).isFalse();
        assertThat(view.form.buttons.delete.isVisible()).isFalse();
        assertThat(_get(_get(EditorPanel.class), Span.class, spec -> spec.withClasses("editor-badge"))
                        .getText())
                .isEqualTo("Hanya baca");
    }

    @Test
    void the_second_of_two_concurrent_edits_is_told_and_offered_the_current_version() {
        Partner partner = records.city(Records.unique("Kota Rebutan"));
        signIn("staf");
        navigate("partners/" + partner.getId());
        PartnerListView view = _get(PartnerListView.class);
        Partner elsewhere =
                SignIn.as(Roles.STAFF, () -> partners.find(partner.getId()).orElseThrow());
        elsewhere.setNotes("diubah di layar lain");
        SignIn.as(Roles.STAFF, () -> partners.save(elsewhere));

        _setValue(view.form.notes, "perubahan saya");
        _click(view.form.buttons.save);

        assertThat(_get(
                        Span.class,
                        spec -> spec.withText("Data ini telah diubah atau dihapus orang lain sejak "
                                + "Anda membukanya. Perubahan Anda belum disimpan.")))
                .isNotNull();
        Button reload = _get(Button.class, spec -> spec.withText("Muat versi terbaru"));
        _click(reload);
        assertThat(view.form.notes.getValue()).isEqualTo("diubah di layar lain");
        assertThat(view.form.hasChanges()).isFalse();
    }

    @Test
    void deleting_a_partner_that_agreements_hold_says_which_and_keeps_it() {
        Partner partner = records.city(Records.unique("Kota Bertaut"));
        records.regional(partner, "Naskah penahan", DocumentKind.KESEPAKATAN_BERSAMA);
        signIn("staf");
        navigate("partners/" + partner.getId());
        PartnerListView view = _get(PartnerListView.class);
        _click(view.form.buttons.delete);
        _fireConfirm(_get(ConfirmDialog.class));

        NotificationsKt.expectNotifications(partner.getName()
                + " tidak dapat dihapus karena masih dipakai oleh 1 naskah kerja sama (Naskah penahan).");
        assertThat(SignIn.as(Roles.VIEWER, () -> partners.find(partner.getId())))
                .isPresent();
    }

    @Test
    void leaving_an_edited_partner_for_another_asks_first_and_cancel_keeps_the_input() {
        signIn("staf");
        navigate("partners");
        PartnerListView view = _get(PartnerListView.class);
        _selectRow(view.grid, 0);
        String first = view.form.name.getValue();
        _setValue(view.form.notes, "belum disimpan");
        _selectRow(view.grid, 1);

        ConfirmDialog question = _get(ConfirmDialog.class);
        _fireCancel(question);
        assertThat(view.form.name.getValue()).isEqualTo(first);
        assertThat(view.form.notes.getValue()).isEqualTo("belum disimpan");
    }

    @Test
    void cancel_leaves_the_record_unchanged() {
        Partner partner = records.city(Records.unique("Kota Tetap")); // its name follows its region
        signIn("staf");
        navigate("partners/" + partner.getId());
        PartnerListView view = _get(PartnerListView.class);
        _setValue(view.form.region, null); // the name can then be typed
        _setValue(view.form.name, "Nama lain");
        _setValue(view.form.notes, "Catatan lain");
        _click(view.form.buttons.cancel);

        _assertNone(EditorPanel.class);
        Partner stored =
                SignIn.as(Roles.VIEWER, () -> partners.find(partner.getId()).orElseThrow());
        assertThat(stored.getRegionCode()).isEqualTo(partner.getRegionCode());
        assertThat(stored.getNotes()).isNull();
        assertThat(stored.getName()).isEqualTo(partner.getName());
    }

    @Test
    void the_history_tab_shows_who_changed_which_field() {
        Partner partner = records.city(Records.unique("Kota Berriwayat"));
        signIn("staf");
        navigate("partners/" + partner.getId());
        PartnerListView view = _get(PartnerListView.class);
        _setValue(view.form.website, "https://riwayat.example");
        _click(view.form.buttons.save);
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedIndex(1);

        RecordHistory history = _get(RecordHistory.class);
        assertThat(_find(history, Span.class, spec -> spec.withClasses("history-field")))
                .extracting(Span::getText)
                .contains("Situs web");
        assertThat(_find(history, Span.class, spec -> spec.withClasses("history-new")))
                .extracting(Span::getText)
                .contains("https://riwayat.example");
        assertThat(_find(history, Span.class, spec -> spec.withClasses("history-meta")))
                .extracting(Span::getText)
                .anySatisfy(text -> assertThat(text).startsWith("oleh staf"));
    }
}
