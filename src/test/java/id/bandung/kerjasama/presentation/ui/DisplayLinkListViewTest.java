package id.bandung.kerjasama.presentation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import id.bandung.kerjasama.base.domain.ClockConfig;
import id.bandung.kerjasama.presentation.DisplayLinkRow;
import id.bandung.kerjasama.presentation.DisplayLinkService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.SignIn;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Administrators choose until when a new link is valid, and the list shows it and which links have expired. */
class DisplayLinkListViewTest extends KaribuTest {

    @Autowired
    DisplayLinkService links;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entities;

    DisplayLinkListView view;

    @BeforeEach
    void openList() {
        signIn("admin");
        navigate("display-links");
        view = _get(DisplayLinkListView.class);
    }

    @Test
    void a_new_link_is_offered_a_year_and_can_be_made_without_an_end_date() {
        LocalDate today = LocalDate.now(ClockConfig.BANDUNG);
        _click(_get(Button.class, spec -> spec.withId("new-display-link")));
        var fields = view.newLinkFields;
        assertThat(fields.validUntil().getValue()).isEqualTo(today.plusYears(1));
        assertThat(fields.validUntil().getMin()).isEqualTo(today);

        fields.name().setValue("Layar lobi tanpa batas");
        fields.validUntil().clear();
        _click(_get(Button.class, spec -> spec.withText("Buat tautan")));

        assertThat(view.lastCreatedUrl).matches(".*/display/[A-Za-z0-9_-]{43}");
        assertThat(jdbc.queryForObject(
                        "select count(*) from display_link where name = 'Layar lobi tanpa batas' "
                                + "and expires_at is null",
                        Long.class))
                .isEqualTo(1);
    }

    @Test
    void a_past_end_date_is_refused_at_the_field_and_no_link_is_made() {
        _click(_get(Button.class, spec -> spec.withId("new-display-link")));
        var fields = view.newLinkFields;
        fields.name().setValue("Layar kemarin");
        // The picker's own minimum is a browser-side check; the service refuses whatever arrives.
        fields.validUntil().setMin(null);
        fields.validUntil().setValue(LocalDate.now(ClockConfig.BANDUNG).minusDays(1));
        _click(_get(Button.class, spec -> spec.withText("Buat tautan")));

        assertThat(fields.validUntil().isInvalid()).isTrue();
        assertThat(fields.validUntil().getErrorMessage()).isEqualTo("Pilih hari ini atau tanggal sesudahnya.");
        assertThat(view.lastCreatedUrl).isNull();
        assertThat(jdbc.queryForObject("select count(*) from display_link where name = 'Layar kemarin'", Long.class))
                .isZero();
    }

    @Test
    void the_list_shows_until_when_each_link_is_valid_and_which_have_expired() {
        LocalDate end = LocalDate.of(2031, 3, 17);
        var dated = SignIn.as(Roles.ADMIN, () -> links.create("Layar bertanggal", end));
        var expired = SignIn.as(Roles.ADMIN, () -> links.create("Layar lewat", LocalDate.now(ClockConfig.BANDUNG)));
        jdbc.update(
                "update display_link set expires_at = created_at + interval '1 millisecond' where id = ?",
                expired.link().getId());
        entities.clear(); // read again from the database, as the next request would
        view.grid.getDataProvider().refreshAll();

        Grid<DisplayLinkRow> grid = view.grid;
        int datedRow = row(grid, "Layar bertanggal");
        assertThat(_getFormatted(grid, datedRow, "validUntil")).isEqualTo("17 Mar 2031");
        assertThat(status(grid, datedRow)).isEqualTo("Aktif");
        int expiredRow = row(grid, "Layar lewat");
        assertThat(status(grid, expiredRow)).isEqualTo("Kedaluwarsa");
        assertThat(_getCellComponent(grid, expiredRow, "actions").getElement().getTextRecursively())
                .as("nothing to revoke")
                .isEmpty();
        assertThat(dated.token()).isNotBlank();
    }

    private static int row(Grid<DisplayLinkRow> grid, String name) {
        for (int i = 0; i < _size(grid); i++) {
            if (_getFormatted(grid, i, "name").equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private static String status(Grid<DisplayLinkRow> grid, int row) {
        return _getCellComponent(grid, row, "status").getElement().getText();
    }
}
