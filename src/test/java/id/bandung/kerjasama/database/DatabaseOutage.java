package id.bandung.kerjasama.database;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ApplicationContext;

/**
 * The embedded PostgreSQL of the tests' app killed as a crash would kill it ({@code SIGKILL} to the server, which
 * takes its connections with it), with its watchdog held off until the test lets it start the server again.
 */
public final class DatabaseOutage implements AutoCloseable {

    private final EmbeddedDatabaseWatchdog watchdog;

    private DatabaseOutage(EmbeddedDatabaseWatchdog watchdog) {
        this.watchdog = watchdog;
    }

    /** Kills the server; it stays down until {@link #end()} (or {@link #close()}). */
    public static DatabaseOutage begin(ApplicationContext context) throws IOException {
        EmbeddedDatabaseWatchdog watchdog = context.getBean(EmbeddedDatabaseWatchdog.class);
        watchdog.pause(true);
        EmbeddedDatabase database = context.getBean(EmbeddedDatabase.class);
        long pid = Long.parseLong(Files.readAllLines(database.dataDir().resolve("postmaster.pid"))
                .get(0)
                .trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        server.destroyForcibly();
        server.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        return new DatabaseOutage(watchdog);
    }

    /** Lets the watchdog find the server gone and start it again. */
    public void end() {
        watchdog.pause(false);
    }

    @Override
    public void close() {
        end();
    }
}
