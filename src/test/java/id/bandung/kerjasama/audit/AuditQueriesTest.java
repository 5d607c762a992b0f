package id.bandung.kerjasama.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AuditQueriesTest {

    @Autowired
    AuditQueries queries;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_period_runs_from_the_start_of_its_first_day_to_the_end_of_its_last_in_bandung() {
        String user = Records.unique("periode");
        insert(user, "2031-03-01T16:59:59Z", "Partner", 1L, "[]"); // 1 March 23:59:59 in Bandung
        long first = insert(user, "2031-03-01T17:00:00Z", "Partner", 2L, "[]"); // 2 March 00:00
        long last = insert(user, "2031-03-02T16:59:59Z", "Partner", 3L, "[]"); // 2 March 23:59:59
        insert(user, "2031-03-02T17:00:00Z", "Partner", 4L, "[]"); // 3 March 00:00
        AuditFilter day = new AuditFilter(user, null, null, LocalDate.of(2031, 3, 2), LocalDate.of(2031, 3, 2));

        List<AuditRow> rows = SignIn.as(Roles.ADMIN, () -> queries.list(day, PageRequest.of(0, 50)));

        assertThat(rows).extracting(AuditRow::id).containsExactly(last, first);
        assertThat(SignIn.as(Roles.ADMIN, () -> queries.count(day))).isEqualTo(2);
    }

    @Test
    void a_row_carries_the_changes_as_written_and_no_record_for_a_sign_in() {
        String user = Records.unique("baris");
        long signIn = insert(user, "2031-04-01T01:00:00Z", "UserAccount", null, "[]");
        long update = insert(
                user,
                "2031-04-01T02:00:00Z",
                "Partner",
                7L,
                "[{\"field\":\"name\",\"oldValue\":null,\"newValue\":\"Kota\"},"
                        + "{\"field\":\"website\",\"oldValue\":\"a\",\"newValue\":null}]");
        AuditFilter mine = new AuditFilter(user, null, null, null, null);

        List<AuditRow> rows = SignIn.as(Roles.ADMIN, () -> queries.list(mine, PageRequest.of(0, 50)));

        assertThat(rows).extracting(AuditRow::id).containsExactly(update, signIn);
        assertThat(rows.get(0).recordId()).isEqualTo(7L);
        assertThat(rows.get(0).action()).isEqualTo(AuditAction.UPDATE);
        assertThat(rows.get(0).label()).isEqualTo("label");
        assertThat(rows.get(0).at()).isEqualTo(Instant.parse("2031-04-01T02:00:00Z"));
        assertThat(rows.get(0).changes())
                .containsExactly(new AuditRow.Change("name", null, "Kota"), new AuditRow.Change("website", "a", null));
        assertThat(rows.get(1).recordId()).isNull();
        assertThat(rows.get(1).changes()).isEmpty();
        assertThat(SignIn.as(Roles.ADMIN, () -> queries.usernames())).contains(user);
    }

    @Test
    void the_grid_sorts_by_its_columns_and_nothing_else_reaches_the_sql() {
        String user = Records.unique("urut");
        long b = insert(user, "2031-05-01T01:00:00Z", "Software", 1L, "[]");
        long a = insert(user, "2031-05-01T02:00:00Z", "Agreement", 1L, "[]");
        AuditFilter mine = new AuditFilter(user, null, null, null, null);

        assertThat(SignIn.as(Roles.ADMIN, () -> queries.list(mine, PageRequest.of(0, 50, Sort.by("recordType")))))
                .extracting(AuditRow::id)
                .containsExactly(a, b);
        assertThatThrownBy(() -> SignIn.as(
                        Roles.ADMIN, () -> queries.list(mine, PageRequest.of(0, 50, Sort.by("summary; drop")))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anyone_signed_in_reads_a_records_history_but_only_administrators_search_the_log() {
        String user = Records.unique("riwayat");
        long created = insert(user, "2031-06-01T01:00:00Z", "Partner", -42L, "[]");
        long updated = insert(user, "2031-06-01T01:00:00Z", "Partner", -42L, "[]");

        assertThat(SignIn.as(Roles.VIEWER, () -> queries.history("Partner", -42L)))
                .extracting(AuditRow::id)
                .containsExactly(updated, created);
        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> queries.count(AuditFilter.any())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long insert(String user, String at, String recordType, Long recordId, String changes) {
        return jdbc.queryForObject(
                "insert into audit_event (occurred_at, username, record_type, record_id, action, summary, changes)"
                        + " values (?, ?, ?, ?, ?, 'label', cast(? as jsonb)) returning id",
                Long.class,
                Timestamp.from(Instant.parse(at)),
                user,
                recordType,
                recordId,
                recordId == null ? "SIGN_IN" : "UPDATE",
                changes);
    }
}
