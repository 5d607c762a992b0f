package id.bandung.kerjasama.live;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection per app node that LISTENs on {@code kerjasama_changes}, on a thread of its own. When the
 * connection breaks (the database restarts, a network blip) it connects again, backing off up to
 * {@link #MAX_BACKOFF}, and then reports {@link #onReconnect} so that screens catch up on what they missed.
 */
final class ChangeListener implements Runnable {

    static final String CHANNEL = "kerjasama_changes";
    static final String APPLICATION_NAME = "kerjasama-live";
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final int WAIT_MILLIS = 500;
    private static final long CHECK_EVERY_MILLIS = 10_000;
    private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);

    private final DataSource dataSource;
    private final Consumer<String> onChange;
    private final Runnable onReconnect;
    private volatile boolean running = true;
    private volatile boolean connected;
    private volatile Thread thread;

    ChangeListener(DataSource dataSource, Consumer<String> onChange, Runnable onReconnect) {
        this.dataSource = dataSource;
        this.onChange = onChange;
        this.onReconnect = onReconnect;
    }

    void start() {
        thread = new Thread(this, "live-changes");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        running = false;
        Thread current = thread;
        if (current != null) {
            current.interrupt();
        }
    }

    /** Whether notifications are arriving now; while not, nothing may be kept on the assumption that none came. */
    boolean isConnected() {
        return connected;
    }

    @Override
    public void run() {
        boolean first = true;
        long backoff = 250;
        while (running) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                connected = true;
                backoff = 250;
                if (first) {
                    log.info("Listening for record changes on channel {}", CHANNEL);
                } else {
                    log.info("Listening for record changes again; open screens catch up");
                    onReconnect.run();
                }
                first = false;
                listen(connection);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn(
                            "Live updates paused, the database connection was lost ({}); trying again in {} ms",
                            e.getMessage(),
                            backoff);
                }
            } finally {
                connected = false;
            }
            sleep(backoff);
            backoff = Math.min(backoff * 2, MAX_BACKOFF.toMillis());
        }
    }

    private void listen(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long lastCheck = System.currentTimeMillis();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    onChange.accept(notification.getParameter());
                }
            }
            if (System.currentTimeMillis() - lastCheck > CHECK_EVERY_MILLIS) {
                // A server that vanished without closing the socket is only noticed by asking it something.
                if (!connection.isValid(5)) {
                    throw new SQLException("the connection no longer answers");
                }
                lastCheck = System.currentTimeMillis();
            }
        }
    }

    /** A connection of its own, outside the pool, so that listening never takes one from the screens. */
    private Connection connect() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
            Properties properties = new Properties();
            properties.putAll(hikari.getDataSourceProperties());
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            properties.setProperty("ApplicationName", APPLICATION_NAME);
            properties.setProperty("tcpKeepAlive", "true");
            Connection connection = DriverManager.getConnection(hikari.getJdbcUrl(), properties);
            connection.setAutoCommit(true);
            return connection;
        }
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(true);
        return connection;
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
