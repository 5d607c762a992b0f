package id.bandung.kerjasama.base.domain;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, network gone) rather than that
 * something was wrong with what was asked of it: screens then say "the database is not available, retrying" instead
 * of reporting an error, and keep what the user typed.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException
                    || cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (cause instanceof SQLException sql && (connectionState(sql.getSQLState()) || poolClosed(sql))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * HikariCP closes a connection that failed with a connection error at once; what the transaction then still does
     * with it (its rollback) fails with "Connection is closed" and no SQLSTATE, and that is the failure Spring reports.
     */
    private static boolean poolClosed(SQLException sql) {
        return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
    }

    /** SQLSTATE class 08 (connection exception) and 57P01–57P03 (the server shutting down or starting up). */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
