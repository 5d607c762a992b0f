package id.bandung.kerjasama.base.domain;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Whether the database can be reached, as every open screen shows it: a probe asks it every
 * {@code app.database.probe-interval} (2 s), and a screen that met a connection failure reports it at once. When it is
 * gone, the shell shows one calm banner; when it is back, the banner goes and every screen that follows changes loads
 * again, as after a missed notification (a {@link Changed} event, which live updates listen for).
 *
 * <p>The probe opens its own short-lived connection with a 2-second timeout rather than borrowing from the pool, so it
 * answers quickly while the pool waits for connections that cannot come.
 */
@Component
public class DatabaseStatus {

    private static final int PROBE_TIMEOUT_SECONDS = 2;
    private static final Logger log = LoggerFactory.getLogger(DatabaseStatus.class);

    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CopyOnWriteArrayList<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean available = true;
    private volatile Instant unavailableSince;

    DatabaseStatus(DataSource dataSource, ApplicationEventPublisher events, Clock clock) {
        this.dataSource = dataSource;
        this.events = events;
        this.clock = clock;
    }

    /** The database became unavailable ({@code available} false) or available again. */
    public record Changed(boolean available) {}

    public boolean isAvailable() {
        return available;
    }

    /**
     * Calls {@code listener} with the new state whenever it changes, on the thread that noticed it, until the returned
     * action is run.
     */
    public Runnable onChange(Consumer<Boolean> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A screen met a connection failure: every screen says so now, and the probe says when it is back. */
    public void reportUnavailable() {
        set(false);
    }

    @Scheduled(fixedDelayString = "${app.database.probe-interval:2s}")
    void probe() {
        set(reachable());
    }

    boolean reachable() {
        try (Connection connection = connect()) {
            return connection.isValid(PROBE_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private Connection connect() throws SQLException {
        if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            Properties properties = new Properties();
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            properties.setProperty("connectTimeout", String.valueOf(PROBE_TIMEOUT_SECONDS));
            properties.setProperty("socketTimeout", String.valueOf(PROBE_TIMEOUT_SECONDS));
            properties.setProperty("ApplicationName", "kerjasama-probe");
            return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
        }
        return dataSource.getConnection();
    }

    private synchronized void set(boolean now) {
        if (now == available) {
            return;
        }
        available = now;
        if (now) {
            log.info(
                    "The database is available again, after {} s",
                    Duration.between(unavailableSince, clock.instant()).toSeconds());
        } else {
            unavailableSince = clock.instant();
            log.warn("The database is not available; open screens say so and retry");
        }
        for (Consumer<Boolean> listener : listeners) {
            try {
                listener.accept(now);
            } catch (RuntimeException e) {
                log.warn("A screen could not show the database's state", e);
            }
        }
        events.publishEvent(new Changed(now));
    }
}
