package id.bandung.kerjasama.software.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._selectRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import id.bandung.kerjasama.base.ui.ListLayout;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerChoice;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.software.Adoption;
import id.bandung.kerjasama.software.AdoptionService;
import id.bandung.kerjasama.software.AdoptionStatus;
import id.bandung.kerjasama.software.Software;
import id.bandung.kerjasama.software.SoftwareCategory;
import id.bandung.kerjasama.software.SoftwareChoice;
import id.bandung.kerjasama.software.SoftwareRow;
import id.bandung.kerjasama.software.SoftwareService;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CommittingTest // a refused duplicate aborts its transaction, as each request has its own
class SoftwareAndAdoptionViewsTest extends KaribuTest {

    @Autowired
    SoftwareService software;

    @Autowired
    AdoptionService adoptions;

    @Autowired
    Records records;

    @Test
    void the_kpk_filter_in_the_url_lists_the_three_recommended_applications() {
        signIn("pimpinan");
        navigate("software?kpk=true");
        SoftwareListView view = _get(SoftwareListView.class);
        assertThat(view.kpk.getValue()).isTrue();
        assertThat(IntStream.range(0, _size(view.grid))
                        .mapToObj(i -> _get(view.grid, i))
                        .map(SoftwareRow::acronym))
                .containsExactlyInAnyOrder("LAKIP", "e-RK", "e-Surat");
    }

    @Test
    void staff_add_software_and_a_duplicate_name_is_refused_at_the_field() {
        signIn("staf");
        navigate("software");
        _click(_get(Button.class, spec -> spec.withId("new-software")));
        SoftwareListView view = _get(SoftwareListView.class);
        _setValue(view.form.name, "lakip");
        _setValue(view.form.category, SoftwareCategory.PERFORMANCE);
        _click(view.form.buttons.save);
        assertThat(view.form.name.getErrorMessage()).isEqualTo("Sudah ada aplikasi dengan nama ini.");

        String name = Records.unique("Sistem Perizinan");
        _setValue(view.form.name, name);
        _click(view.form.buttons.save);
        NotificationsKt.expectNotifications("Aplikasi " + name + " disimpan.");
    }

    @Test
    void a_second_adoption_of_the_same_software_by_the_same_partner_gets_a_sentence() {
        Partner partner = records.city(Records.unique("Kota Pengadopsi"));
        Software app = SignIn.as(
                Roles.STAFF,
                () -> software.save(new Software(Records.unique("Aplikasi Unik"), null, SoftwareCategory.OTHER)));
        SignIn.as(Roles.STAFF, () -> adoptions.save(new Adoption(partner, app, AdoptionStatus.ADOPTED)));

        signIn("staf");
        navigate("adoptions/new");
        AdoptionListView view = _get(AdoptionListView.class);
        view.form.partner.setValue(PartnerChoice.of(partner));
        view.form.software.setValue(SoftwareChoice.of(app));
        _setValue(view.form.status, AdoptionStatus.REQUESTED);
        _click(view.form.buttons.save);

        assertThat(view.form.software.isInvalid()).isTrue();
        assertThat(view.form.software.getErrorMessage()).isEqualTo("Mitra ini sudah tercatat untuk aplikasi ini.");
    }

    @Test
    void adoptions_filtered_by_software_show_their_count() {
        Partner partner = records.city(Records.unique("Kota Hitung"));
        Software app = SignIn.as(
                Roles.STAFF,
                () -> software.save(new Software(Records.unique("Aplikasi Hitung"), null, SoftwareCategory.OTHER)));
        SignIn.as(Roles.STAFF, () -> adoptions.save(new Adoption(partner, app, AdoptionStatus.IN_PROGRESS)));

        signIn("pimpinan");
        navigate("adoptions?software=" + app.getId());
        AdoptionListView view = _get(AdoptionListView.class);
        assertThat(view.software.getValue()).isEqualTo(SoftwareChoice.of(app));
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_get(ListLayout.class).getCount()).isEqualTo("1 adopsi");
    }

    @Test
    void a_chosen_row_opens_its_software_and_stays_marked_after_saving() {
        Software app = SignIn.as(
                Roles.STAFF,
                () -> software.save(new Software(Records.unique("Aplikasi Pilih"), "AP", SoftwareCategory.OTHER)));
        signIn("staf");
        navigate("software?q=" + app.getName().substring(app.getName().length() - 8)); // the unique part
        SoftwareListView view = _get(SoftwareListView.class);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_get(view.grid, 0).adoptedBy()).isZero();

        _selectRow(view.grid, 0);
        assertThat(view.form.name.getValue()).isEqualTo(app.getName());
        _setValue(view.form.ownerUnit, "Diskominfo");
        _click(view.form.buttons.save);

        NotificationsKt.expectNotifications("Aplikasi " + app.getName() + " disimpan.");
        assertThat(_get(view.grid, 0).ownerUnit()).isEqualTo("Diskominfo");
        assertThat(view.grid.asSingleSelect().getValue().id()).isEqualTo(app.getId());
    }

    @Test
    void software_an_adoption_holds_stays_and_the_message_names_the_partner() {
        Partner partner = records.city(Records.unique("Kota Penahan"));
        Software app = SignIn.as(
                Roles.STAFF,
                () -> software.save(new Software(Records.unique("Aplikasi Tertahan"), null, SoftwareCategory.OTHER)));
        SignIn.as(Roles.STAFF, () -> adoptions.save(new Adoption(partner, app, AdoptionStatus.ADOPTED)));

        signIn("staf");
        navigate("software/" + app.getId());
        SoftwareListView view = _get(SoftwareListView.class);
        assertThat(view.grid.asSingleSelect().getValue().id()).isEqualTo(app.getId());
        _click(view.form.buttons.delete);
        _fireConfirm(_get(ConfirmDialog.class));

        NotificationsKt.expectNotifications(app.getName()
                + " tidak dapat dihapus karena masih dipakai oleh 1 adopsi aplikasi (" + partner.getName() + ").");
        assertThat(SignIn.as(Roles.VIEWER, () -> software.find(app.getId()))).isPresent();
    }

    @Test
    void a_new_adoption_from_a_software_filter_starts_with_that_software_and_saves() {
        Partner partner = records.city(Records.unique("Kota Baru Adopsi"));
        Software app = SignIn.as(
                Roles.STAFF,
                () -> software.save(new Software(Records.unique("Aplikasi Awal"), null, SoftwareCategory.OTHER)));

        signIn("staf");
        navigate("adoptions/new?software=" + app.getId());
        AdoptionListView view = _get(AdoptionListView.class);
        assertThat(view.form.software.getValue()).isEqualTo(SoftwareChoice.of(app));
        view.form.partner.setValue(PartnerChoice.of(partner));
        _click(view.form.buttons.save);

        NotificationsKt.expectNotifications("Adopsi " + app.getName() + " – " + partner.getName() + " disimpan.");
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_get(view.grid, 0).partnerName()).isEqualTo(partner.getName());
        assertThat(view.grid.asSingleSelect().getValue().id())
                .isEqualTo(_get(view.grid, 0).id());
    }
}
