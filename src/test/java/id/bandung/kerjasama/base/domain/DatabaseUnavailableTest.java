package id.bandung.kerjasama.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** A database that cannot be reached is told apart from a request it refused. */
class DatabaseUnavailableTest {

    @Test
    void connection_failures_however_wrapped_mean_the_database_is_unavailable() {
        assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException(
                        "Failed to obtain JDBC Connection",
                        new SQLTransientConnectionException("request timed out after 5000ms"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException(
                        "Could not open JPA EntityManager for transaction", new RuntimeException())))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(
                        new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException(new ConnectException("refused"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(
                        new PSQLException(
                                "terminating connection due to administrator command", PSQLState.UNKNOWN_STATE) {
                            @Override
                            public String getSQLState() {
                                return "57P01";
                            }
                        })))
                .isTrue();
    }

    @Test
    void a_rollback_on_a_connection_the_pool_closed_after_it_broke_means_the_database_is_unavailable() {
        assertThat(DatabaseUnavailable.causedBy(new JpaSystemException(new org.hibernate.TransactionException(
                        "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("Connection is closed", "42000")))
                .as("a state that says otherwise")
                .isFalse();
    }

    @Test
    void a_refused_request_or_a_bug_is_not_an_unavailable_database() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException(
                        "duplicate", new PSQLException("duplicate key", PSQLState.UNIQUE_VIOLATION))))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new NullPointerException())).isFalse();
        assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
    }
}
