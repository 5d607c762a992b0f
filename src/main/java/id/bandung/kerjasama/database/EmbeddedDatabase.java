package id.bandung.kerjasama.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A running embedded PostgreSQL. With a data folder it keeps its data across restarts and guards the folder with a
 * lock file beside it, so that a second app on the same folder stops with a clear message instead of corrupting it.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;

    private EmbeddedDatabase(EmbeddedPostgres postgres, FileChannel lockChannel) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
    }

    static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) {
        if (properties.throwaway()) {
            try {
                return new EmbeddedDatabase(EmbeddedPostgres.builder().start(), null);
            } catch (IOException e) {
                throw new IllegalStateException("The embedded PostgreSQL did not start: " + e.getMessage(), e);
            }
        }
        Path dataDir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
        FileChannel lock = lock(dataDir);
        try {
            stopOrphanedServer(dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            log.info("Embedded PostgreSQL on port {} with its data in {}", postgres.getPort(), dataDir);
            return new EmbeddedDatabase(postgres, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(lock);
            throw new IllegalStateException("The embedded PostgreSQL did not start on " + dataDir + ": "
                    + e.getMessage(), e);
        }
    }

    /** Takes the folder's lock, or stops the app with a message that says what is wrong and what to do. */
    private static FileChannel lock(Path dataDir) {
        Path lockFile = dataDir.resolveSibling(dataDir.getFileName() + ".lock");
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new DataFolderInUseException(dataDir);
            }
            return channel;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A previous app that was killed (not stopped) leaves its PostgreSQL running on the folder. Nothing else can hold
     * it while we own the lock, so that server is an orphan: stop it before starting ours.
     */
    private static void stopOrphanedServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                        .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (server.isPresent()) {
            log.warn("Stopping an orphaned PostgreSQL (pid {}) left on {} by an app that was killed",
                    server.get().pid(), dataDir);
            server.get().destroy();
            server.get().onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            closeQuietly(lockChannel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            log.debug("Closing the lock of the data folder", e);
        }
    }

    /** Thrown when another running app already uses the data folder. */
    public static final class DataFolderInUseException extends IllegalStateException {
        DataFolderInUseException(Path dataDir) {
            super("The data folder " + dataDir + " is in use by another running Kerja Sama Bandung. Stop that app "
                    + "first, or give this one its own folder with APP_DATA_DIR, or use a "
                    + "PostgreSQL server with SPRING_DATASOURCE_URL.");
        }
    }
}
