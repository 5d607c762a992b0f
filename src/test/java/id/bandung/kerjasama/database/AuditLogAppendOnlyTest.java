package id.bandung.kerjasama.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import id.bandung.kerjasama.support.IntegrationTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The app runs as a role that is no superuser, and that role can add to the audit log but not rewrite it. */
@IntegrationTest
class AuditLogAppendOnlyTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectProvider<EmbeddedDatabase> embedded;

    EmbeddedDatabase database;

    /** On a server named by SPRING_DATASOURCE_URL the role is whatever that server's owner chose. */
    @BeforeEach
    void onTheEmbeddedDatabase() {
        database = embedded.getIfAvailable();
        assumeThat(database).as("the embedded database").isNotNull();
    }

    @Test
    void the_app_runs_as_its_own_role_which_is_no_superuser() {
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("kerjasama");
        assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "update audit_event set summary = 'nothing happened' where id = ?",
                "delete from audit_event where id = ?",
                "truncate audit_event"
            })
    void the_apps_role_cannot_change_or_remove_an_audit_event(String change) {
        // In the test's transaction, rolled back: the event written here does not stay in the log.
        long id = insertEvent();
        assertThatThrownBy(() -> {
                    if (change.contains("?")) {
                        jdbc.update(change, id);
                    } else {
                        jdbc.execute(change);
                    }
                })
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .isInstanceOfSatisfying(
                        PSQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"))
                .hasMessageContaining("permission denied for table audit_event");
    }

    @Test
    void the_apps_role_can_still_add_and_read_audit_events() {
        long id = insertEvent();
        assertThat(jdbc.queryForObject("select summary from audit_event where id = ?", String.class, id))
                .isEqualTo("uji");
    }

    @Test
    void even_the_superuser_is_stopped_by_the_append_only_trigger() throws Exception {
        try (Connection superuser =
                        DriverManager.getConnection(database.jdbcUrl(), "postgres", database.superuserPassword());
                Statement statement = superuser.createStatement()) {
            try (ResultSet rows =
                    statement.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getBoolean(1)).isTrue();
            }
            for (String change : new String[] {
                "update audit_event set summary = 'x' where false",
                "delete from audit_event where false",
                "truncate audit_event"
            }) {
                assertThatThrownBy(() -> statement.execute(change))
                        .isInstanceOf(PSQLException.class)
                        .hasMessageContaining("audit_event is append-only");
            }
        }
    }

    private long insertEvent() {
        return jdbc.queryForObject("""
                insert into audit_event (occurred_at, username, record_type, action, summary)
                values (now(), 'penguji', 'Partner', 'CREATE', 'uji') returning id""", Long.class);
    }
}
