package id.bandung.kerjasama.security.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.security.UserAccountRow;
import id.bandung.kerjasama.support.KaribuTest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class UserListViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_administrator_creates_a_staff_account_that_appears_in_the_list() {
        AccountDialog dialog = submitNewAccount("siti", "Siti Nurhaliza", "kata-sandi-siti-2026");

        assertThat(usernames()).contains("siti");
        assertThat(jdbc.queryForObject("select role from user_account where username = 'siti'", String.class))
                .isEqualTo("STAFF");
        _assertNone(AccountDialog.class);
    }

    @Test
    void bad_input_is_refused_at_the_field_and_nothing_is_stored() {
        AccountDialog dialog = submitNewAccount("Bukan Valid!", "Uji", "pendek");

        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).contains("huruf kecil");
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("Kata sandi minimal 12 karakter");
        assertThat(jdbc.queryForObject("select count(*) from user_account where display_name = 'Uji'", Long.class))
                .isZero();
    }

    @Test
    void a_taken_username_gets_a_sentence_at_the_field() {
        AccountDialog dialog = submitNewAccount("staf", "Staf Kedua", "kata-sandi-panjang");

        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).isEqualTo("Nama pengguna ini sudah dipakai akun lain.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void an_administrator_is_offered_no_way_to_disable_their_own_account() {
        signIn("admin");
        navigate("users");
        assertThat(actionLabels("admin")).containsExactly("Ubah peran", "Setel ulang kata sandi");
        assertThat(actionLabels("pimpinan")).containsExactly("Ubah peran", "Setel ulang kata sandi", "Nonaktifkan");
    }

    @Test
    void a_viewer_cannot_open_user_management() {
        signIn("pimpinan");
        assertThatThrownBy(() -> navigate("users")).isInstanceOf(MockAccessDeniedException.class);
        _assertNone(UserListView.class);
    }

    @Test
    void a_password_too_long_in_bytes_is_refused_at_the_field_by_the_service() {
        // 24 characters fit the field's 72, but they are 96 bytes in UTF-8.
        AccountDialog dialog = submitNewAccount("penguji-byte", "Uji Byte", "\uD83D\uDE00".repeat(24));

        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage())
                .isEqualTo(
                        "Kata sandi paling banyak 72 byte (huruf berdiakritik dan emoji memakai lebih dari satu byte).");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from user_account where username = 'penguji-byte'", Long.class))
                .isZero();
    }

    @Test
    void an_administrator_changes_a_role_and_the_change_is_audited() {
        submitNewAccount("penguji-peran", "Penguji Peran", "kata-sandi-peran-1");
        Grid<UserAccountRow> grid = _get(UserListView.class).grid;
        int row = IntStream.range(0, _size(grid))
                .filter(index -> _get(grid, index).username().equals("penguji-peran"))
                .findFirst()
                .orElseThrow();
        Component actions = _getCellComponent(grid, row, "actions");
        _click(LocatorJ._find(actions, Button.class).stream()
                .filter(button -> "Ubah peran".equals(button.getElement().getAttribute("aria-label")))
                .findFirst()
                .orElseThrow());
        _setValue(
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("Peran")),
                Roles.Role.VIEWER);
        _click(_get(Button.class, spec -> spec.withId("confirm-role")));

        assertThat(jdbc.queryForObject("select role from user_account where username = 'penguji-peran'", String.class))
                .isEqualTo("VIEWER");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'UserAccount' "
                                + "and summary = 'penguji-peran' and username = 'admin' and changes::text like '%VIEWER%'",
                        Long.class))
                .isEqualTo(1);
    }

    @Test
    void recent_failed_sign_ins_show_in_the_status_and_the_administrator_clears_them() {
        jdbc.update(
                "insert into sign_in_throttle (throttle_key, failures, last_failure_at) values ('u:pimpinan', 4, now())");
        signIn("admin");
        navigate("users");
        assertThat(statusText("pimpinan")).isEqualTo("4 kali gagal masuk");
        assertThat(actionLabels("pimpinan"))
                .containsExactly("Hapus penundaan masuk", "Ubah peran", "Setel ulang kata sandi", "Nonaktifkan");

        _click(actionButton("pimpinan", "Hapus penundaan masuk"));

        NotificationsKt.expectNotifications(
                "Percobaan masuk gagal untuk pimpinan dilupakan: masuk berikutnya tidak ditunda.");
        assertThat(statusText("pimpinan")).isEqualTo("Aktif");
        assertThat(actionLabels("pimpinan")).containsExactly("Ubah peran", "Setel ulang kata sandi", "Nonaktifkan");
        assertThat(jdbc.queryForObject(
                        "select count(*) from sign_in_throttle where throttle_key = 'u:pimpinan'", Long.class))
                .isZero();
    }

    /** Signs in as admin, opens the new-account dialog, fills it in and presses save. */
    private AccountDialog submitNewAccount(String username, String displayName, String password) {
        signIn("admin");
        navigate("users");
        _click(_get(Button.class, spec -> spec.withId("new-account")));
        AccountDialog dialog = _get(AccountDialog.class);
        _setValue(dialog.username, username);
        _setValue(dialog.displayName, displayName);
        _setValue(dialog.password, password);
        _click(dialog.save);
        return dialog;
    }

    private List<String> actionLabels(String username) {
        Grid<UserAccountRow> grid = _get(UserListView.class).grid;
        int row = IntStream.range(0, _size(grid))
                .filter(index -> _get(grid, index).username().equals(username))
                .findFirst()
                .orElseThrow();
        Component actions = _getCellComponent(grid, row, "actions");
        return LocatorJ._find(actions, Button.class).stream()
                .map(button -> button.getElement().getAttribute("aria-label"))
                .toList();
    }

    private int rowOf(String username) {
        Grid<UserAccountRow> grid = _get(UserListView.class).grid;
        return IntStream.range(0, _size(grid))
                .filter(index -> _get(grid, index).username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private String statusText(String username) {
        Grid<UserAccountRow> grid = _get(UserListView.class).grid;
        return _getCellComponent(grid, rowOf(username), "status").getElement().getText();
    }

    private Button actionButton(String username, String label) {
        Grid<UserAccountRow> grid = _get(UserListView.class).grid;
        return LocatorJ._find(_getCellComponent(grid, rowOf(username), "actions"), Button.class).stream()
                .filter(button -> label.equals(button.getElement().getAttribute("aria-label")))
                .findFirst()
                .orElseThrow();
    }

    private List<String> usernames() {
        Grid<UserAccountRow> grid = _get(UserListView.class).grid;
        return IntStream.range(0, _size(grid))
                .mapToObj(row -> _get(grid, row).username())
                .toList();
    }
}
