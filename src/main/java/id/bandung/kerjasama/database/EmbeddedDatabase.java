package id.bandung.kerjasama.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running embedded PostgreSQL. With a data folder it keeps its data across restarts and guards the folder with a
 * lock file beside it, so that a second app on the same folder stops with a clear message instead of corrupting it.
 * It accepts password sign-ins from this machine only, and the app signs in as a role that is no superuser
 * ({@link LockDown}); the passwords live in the data folder ({@link DatabaseSecrets}).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** The app's own role: owns its database and schema, no superuser. */
    public static final String APP_ROLE = "kerjasama";

    static final String SUPERUSER = "postgres";
    static final String DATABASE = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private volatile EmbeddedPostgres postgres;
    private final boolean throwaway;
    private boolean closed;
    private final FileChannel lockChannel;
    private final Path dataDir;
    private final DatabaseSecrets secrets;

    private EmbeddedDatabase(
            EmbeddedPostgres postgres,
            FileChannel lockChannel,
            Path dataDir,
            DatabaseSecrets secrets,
            boolean throwaway) {
        this.throwaway = throwaway;
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.dataDir = dataDir;
        this.secrets = secrets;
    }

    static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) {
        if (properties.throwaway()) {
            try {
                // The same locked-down server as a kept one, so that tests run as the app's role, not as superuser.
                return start(Files.createTempDirectory("kerjasama-pg"), true, null);
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("The embedded PostgreSQL did not start: " + e.getMessage(), e);
            }
        }
        Path dataDir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
        FileChannel lock = lock(dataDir);
        try {
            stopOrphanedServer(dataDir);
            EmbeddedDatabase database = start(dataDir, false, lock);
            log.info(
                    "Embedded PostgreSQL on port {} with its data in {}; the app signs in as {}, passwords in {}",
                    database.port(),
                    dataDir,
                    APP_ROLE,
                    dataDir.resolve(DatabaseSecrets.FILE_NAME));
            return database;
        } catch (IOException | RuntimeException e) {
            closeQuietly(lock);
            throw new IllegalStateException(
                    "The embedded PostgreSQL did not start on " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starts the server on the folder: a new folder gets its superuser password from initdb, so it never accepts a
     * sign-in without one; a folder from an earlier version (or one whose password file was deleted) gets new
     * passwords on this start. Either way the server listens on the loopback interface only.
     */
    private static EmbeddedDatabase start(Path dataDir, boolean throwaway, FileChannel lock) throws IOException {
        boolean fresh = throwaway || !Files.exists(dataDir.resolve("postgresql.conf"));
        Path secretFile = dataDir.resolve(DatabaseSecrets.FILE_NAME);
        boolean passwordsSet = !fresh && Files.exists(secretFile);
        DatabaseSecrets secrets = passwordsSet ? DatabaseSecrets.read(secretFile) : DatabaseSecrets.generate();
        if (!fresh && !passwordsSet) {
            log.warn(
                    "The embedded PostgreSQL in {} has no password file: setting new passwords and switching it to "
                            + "password sign-in (a folder made by an earlier version is upgraded, its data kept)",
                    dataDir);
        }
        EmbeddedPostgres.Builder builder = server(dataDir, throwaway, secrets)
                .setCleanDataDirectory(throwaway)
                .setDataDirectoryCustomizer(dir -> {
                    // Runs after initdb, before the server starts.
                    if (!passwordsSet) {
                        secrets.write(secretFile);
                    }
                    if (fresh) {
                        LockDown.writeHba(dataDir, LockDown.HBA);
                    } else if (!passwordsSet) {
                        LockDown.writeHba(dataDir, LockDown.HBA_WHILE_SETTING_PASSWORDS);
                    }
                });
        Path initialPassword = fresh ? initialPasswordFile(secrets) : null;
        EmbeddedPostgres postgres;
        try {
            if (initialPassword != null) {
                // zonky passes these to initdb as --pwfile=... --auth=...: the superuser has its password from the
                // first moment, and initdb's trust rule is never in force.
                builder.setLocaleConfig("pwfile", initialPassword.toString()).setLocaleConfig("auth", "scram-sha-256");
            }
            postgres = builder.start();
        } catch (IOException e) {
            if (wrongPassword(e)) {
                throw new IllegalStateException(
                        "The embedded PostgreSQL refused the superuser password in " + secretFile
                                + ". Delete that file and start again: the app then sets new passwords.",
                        e);
            }
            throw e;
        } finally {
            if (initialPassword != null) {
                Files.deleteIfExists(initialPassword);
            }
        }
        try {
            LockDown.apply(postgres.getPostgresDatabase(), dataDir, secrets);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        return new EmbeddedDatabase(postgres, lock, dataDir, secrets, throwaway);
    }

    /**
     * The server's settings, the same on every start: this machine only, passwords, durable commits, and
     * {@code random_page_cost} for a database that lives on a local disk and mostly in memory. PostgreSQL's default
     * (4) prices a random page read as on a spinning disk, so it scanned the whole 43 MB agreement table for the
     * dashboard's counts (42 ms at the sample volume) instead of the covering index V010 made for them (27 ms).
     */
    private static EmbeddedPostgres.Builder server(Path dataDir, boolean throwaway, DatabaseSecrets secrets) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("synchronous_commit", synchronousCommit(throwaway))
                .setServerConfig("random_page_cost", "1.1")
                .setConnectConfig("password", secrets.superuserPassword());
    }

    /**
     * zonky turns {@code synchronous_commit} off, which answers a commit before its WAL is written: a server killed in
     * that moment loses saves the user was told were saved. A kept folder commits durably; the tests' throwaway
     * database keeps zonky's setting, for speed.
     */
    private static String synchronousCommit(boolean throwaway) {
        return throwaway ? "off" : "on";
    }

    /** initdb reads the superuser's password from a file: a temporary one, owner-only, deleted after use. */
    private static Path initialPasswordFile(DatabaseSecrets secrets) throws IOException {
        Path temporaryFolder = Path.of(System.getProperty("java.io.tmpdir"));
        Path file = DatabaseSecrets.posix(temporaryFolder)
                ? Files.createTempFile("kerjasama-pg", ".pw", DatabaseSecrets.ownerOnlyAttribute())
                : Files.createTempFile("kerjasama-pg", ".pw");
        Files.writeString(file, secrets.superuserPassword() + "\n");
        return file;
    }

    private static boolean wrongPassword(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "28P01".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
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
        Optional<ProcessHandle> server = serverOf(dataDir);
        if (server.isPresent()) {
            log.warn(
                    "Stopping an orphaned PostgreSQL (pid {}) left on {} by an app that was killed",
                    server.get().pid(),
                    dataDir);
            server.get().destroy();
            server.get()
                    .onExit()
                    .orTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
                    .join();
        }
        removeStalePidFile(dataDir);
    }

    /** The PostgreSQL process that {@code postmaster.pid} names, if it is alive and is a PostgreSQL server. */
    private static Optional<ProcessHandle> serverOf(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
    }

    /**
     * A server killed together with the app (power loss, {@code kill -9}) leaves {@code postmaster.pid} behind. When
     * the number in it now belongs to another process, PostgreSQL would refuse to start ("lock file already exists");
     * no server of ours runs on the folder at this point, so the file is stale and goes.
     */
    private static void removeStalePidFile(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (Files.exists(pidFile) && serverOf(dataDir).isEmpty()) {
            log.warn("Removing the stale {} left by a PostgreSQL that was killed", pidFile);
            Files.delete(pidFile);
        }
    }

    /**
     * Starts the server again on the same folder and port when its process has died (killed, crashed): the pool's
     * connections then find it where they left it. Answers whether it had to. Never after {@link #close()}.
     */
    synchronized boolean restartIfStopped() throws IOException {
        if (closed || serverOf(dataDir).isPresent()) {
            return false;
        }
        int port = postgres.getPort();
        log.warn("The embedded PostgreSQL on {} has stopped; starting it again on port {}", dataDir, port);
        removeStalePidFile(dataDir);
        releaseFolderLock(postgres);
        postgres = server(dataDir, throwaway, secrets)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        log.info("The embedded PostgreSQL is running again on port {}", port);
        return true;
    }

    /**
     * zonky's instance holds a lock on a file in the data folder for as long as it lives, and a second instance on the
     * folder in this JVM fails on it. The stopped instance cannot simply be closed: that runs {@code pg_ctl stop} on
     * the folder (and deletes a throwaway one), which would hit the new server. So only its lock is let go, through
     * its private fields: zonky has no API for it.
     */
    private static void releaseFolderLock(EmbeddedPostgres stopped) {
        try {
            Field lock = EmbeddedPostgres.class.getDeclaredField("lock");
            lock.setAccessible(true);
            if (lock.get(stopped) instanceof FileLock held && held.isValid()) {
                held.release();
            }
            Field stream = EmbeddedPostgres.class.getDeclaredField("lockStream");
            stream.setAccessible(true);
            if (stream.get(stopped) instanceof java.io.Closeable open) {
                open.close();
            }
        } catch (ReflectiveOperationException | IOException | RuntimeException e) {
            log.warn("Could not release the stopped PostgreSQL's lock on its folder: {}", e.getMessage());
        }
    }

    /** The app's database, without credentials: sign in with {@link #username()} and {@link #password()}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** The app's role, which owns its database and schema but is no superuser. */
    public String username() {
        return APP_ROLE;
    }

    public String password() {
        return secrets.appPassword();
    }

    public int port() {
        return postgres.getPort();
    }

    Path dataDir() {
        return dataDir;
    }

    String superuserPassword() {
        return secrets.superuserPassword();
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
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
