package id.bandung.kerjasama.database;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the embedded PostgreSQL again when its process dies while the app runs (killed, crashed, out of memory):
 * checked every {@code app.database.embedded.watch-interval} (2 s). With {@code SPRING_DATASOURCE_URL} there is no
 * embedded server and nothing to watch; an external server is restarted by whoever runs it, and the app waits for it.
 */
@Component
class EmbeddedDatabaseWatchdog {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseWatchdog.class);

    private final ObjectProvider<EmbeddedDatabase> database;
    private volatile boolean paused;

    EmbeddedDatabaseWatchdog(ObjectProvider<EmbeddedDatabase> database) {
        this.database = database;
    }

    @Scheduled(fixedDelayString = "${app.database.embedded.watch-interval:2s}")
    void check() {
        if (paused) {
            return;
        }
        database.ifAvailable(embedded -> {
            try {
                embedded.restartIfStopped();
            } catch (IOException | RuntimeException e) {
                log.error("The embedded PostgreSQL could not be started again; retrying: {}", e.getMessage(), e);
            }
        });
    }

    /** For tests that must see the database gone for a while before it comes back. */
    void pause(boolean pause) {
        paused = pause;
    }
}
