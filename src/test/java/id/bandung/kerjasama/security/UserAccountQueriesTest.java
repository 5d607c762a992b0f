package id.bandung.kerjasama.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.SignIn;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The user list's rows: each account with the failed sign-ins still counting against it, for administrators only. */
@IntegrationTest
class UserAccountQueriesTest {

    @Autowired
    UserAccountQueries queries;

    @Autowired
    UserAccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_row_carries_the_recent_failed_sign_ins_and_forgets_those_outside_the_window() {
        SignIn.as(Roles.ADMIN, () -> {
            accounts.create("baris-a", "Baris Satu", Roles.Role.STAFF, "kata-sandi-baris-1");
            accounts.create("baris-b", "Baris Dua", Roles.Role.VIEWER, "kata-sandi-baris-2");
            accounts.create("baris-c", "Baris Tiga", Roles.Role.ADMIN, "kata-sandi-baris-3");
        });
        jdbc.update("insert into sign_in_throttle (throttle_key, failures, last_failure_at) values "
                + "('u:baris-a', 4, now()), ('u:baris-b', 7, now() - interval '1 day')");
        long idB = jdbc.queryForObject("select id from user_account where username = 'baris-b'", Long.class);
        SignIn.as(Roles.ADMIN, () -> accounts.setEnabled(idB, false, "admin"));

        List<UserAccountRow> rows = ours(Sort.by("username"));

        assertThat(rows)
                .extracting(
                        UserAccountRow::username,
                        UserAccountRow::displayName,
                        UserAccountRow::role,
                        UserAccountRow::enabled,
                        UserAccountRow::failedSignIns)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("baris-a", "Baris Satu", Roles.Role.STAFF, true, 4),
                        org.assertj.core.groups.Tuple.tuple("baris-b", "Baris Dua", Roles.Role.VIEWER, false, 0),
                        org.assertj.core.groups.Tuple.tuple("baris-c", "Baris Tiga", Roles.Role.ADMIN, true, 0));
        assertThat(rows).extracting(UserAccountRow::slowedBySignInFailures).containsExactly(true, false, false);
    }

    @Test
    void every_grid_column_sorts_both_ways_and_any_other_property_is_refused() {
        SignIn.as(Roles.ADMIN, () -> {
            accounts.create("baris-x", "Zaenal", Roles.Role.VIEWER, "kata-sandi-baris-x");
            accounts.create("baris-y", "Ahmad", Roles.Role.ADMIN, "kata-sandi-baris-y");
        });

        assertThat(ours(Sort.by(Sort.Direction.DESC, "username")))
                .extracting(UserAccountRow::username)
                .containsExactly("baris-y", "baris-x");
        assertThat(ours(Sort.by("displayName")))
                .extracting(UserAccountRow::username)
                .containsExactly("baris-y", "baris-x");
        assertThat(ours(Sort.by("role"))).extracting(UserAccountRow::username).containsExactly("baris-y", "baris-x");
        assertThat(ours(Sort.by("createdAt")))
                .extracting(UserAccountRow::username)
                .containsExactly("baris-x", "baris-y");
        assertThat(ours(Sort.unsorted())).extracting(UserAccountRow::username).containsExactly("baris-x", "baris-y");
        SignIn.as(
                Roles.ADMIN,
                () -> assertThatThrownBy(() -> queries.list(PageRequest.of(0, 10, Sort.by("passwordHash"))))
                        .isInstanceOf(IllegalArgumentException.class));
    }

    @Test
    void pages_follow_each_other_without_overlap() {
        List<String> all = SignIn.as(Roles.ADMIN, () -> queries.list(PageRequest.of(0, 1000, Sort.by("role")))).stream()
                .map(UserAccountRow::username)
                .toList();
        List<String> paged = new java.util.ArrayList<>();
        for (int page = 0; page * 2 < all.size(); page++) {
            int number = page;
            SignIn.as(Roles.ADMIN, () -> queries.list(PageRequest.of(number, 2, Sort.by("role"))))
                    .forEach(row -> paged.add(row.username()));
        }
        assertThat(paged).containsExactlyElementsOf(all);
    }

    @Test
    void only_administrators_read_accounts() {
        SignIn.as(
                Roles.STAFF,
                () -> assertThatThrownBy(() -> queries.list(PageRequest.of(0, 10)))
                        .isInstanceOf(AccessDeniedException.class));
    }

    /** The rows of this test's accounts, in the order the list gives them. */
    private List<UserAccountRow> ours(Sort sort) {
        return SignIn.as(Roles.ADMIN, () -> queries.list(PageRequest.of(0, 1000, sort))).stream()
                .filter(row -> row.username().startsWith("baris-"))
                .toList();
    }
}
