package id.bandung.kerjasama.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Restores a backup archive into an empty database whose schema Flyway has brought to the archive's version. First
 * the whole archive is checked (a complete ZIP, a manifest of this format, every file present with its size and
 * SHA-256); then the target (same schema version, same tables, every table empty). Anything wrong refuses the archive
 * with a message saying what, before a single row is written. The rows then go in with {@code COPY ... FROM STDIN}
 * in one transaction, parents before children with every foreign key checked, and each table's row count compared
 * with the manifest; identity sequences continue after the highest id. Triggers that fire on insert (the adoption
 * counts, change notifications) are off during the load: the counts come from the archive as they were.
 */
public final class ArchiveRestore {

    private ArchiveRestore() {}

    /** The archive was not restored, and the target was left as it was; the message says why. */
    public static final class RefusedException extends RuntimeException {
        RefusedException(String message) {
            super(message);
        }

        RefusedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public record Restored(BackupManifest manifest, Duration took) {}

    public static Restored restore(DataSource target, Path archive) throws IOException, SQLException {
        long started = System.nanoTime();
        try (ZipFile zip = open(archive)) {
            BackupManifest manifest = verify(zip);
            try (Connection connection = target.getConnection()) {
                checkTarget(connection, manifest);
                load(connection, zip, manifest);
            }
            return new Restored(manifest, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private static ZipFile open(Path archive) throws IOException {
        try {
            return new ZipFile(archive.toFile());
        } catch (NoSuchFileException e) {
            throw new RefusedException("There is no archive at " + archive);
        } catch (ZipException e) {
            throw new RefusedException(
                    archive + " is not a complete ZIP archive (truncated or not a backup): " + e.getMessage());
        }
    }

    /** Reads every file of the archive once and checks it against the manifest. */
    static BackupManifest verify(ZipFile zip) throws IOException {
        ZipEntry manifestEntry = zip.getEntry(BackupManifest.FILE_NAME);
        if (manifestEntry == null) {
            throw new RefusedException("The archive has no " + BackupManifest.FILE_NAME + ": it is not a backup of "
                    + "this app, or it is damaged");
        }
        BackupManifest manifest;
        try (InputStream in = zip.getInputStream(manifestEntry)) {
            manifest = BackupManifest.read(in);
        } catch (IOException e) {
            throw new RefusedException(
                    "The archive's " + BackupManifest.FILE_NAME + " cannot be read: " + e.getMessage());
        }
        if (!BackupManifest.FORMAT.equals(manifest.format())
                || manifest.tables() == null
                || manifest.schemaVersion() == null) {
            throw new RefusedException("The archive's manifest is not of the format " + BackupManifest.FORMAT);
        }
        for (BackupManifest.TableFile table : manifest.tables()) {
            if (!BackupManifest.fileOf(table.table()).equals(table.file())) {
                throw new RefusedException("The manifest names " + table.file() + " for table " + table.table());
            }
            ZipEntry entry = zip.getEntry(table.file());
            if (entry == null) {
                throw new RefusedException("The archive lacks " + table.file() + ", which its manifest lists");
            }
            MessageDigest digest = BackupWriter.sha256Digest();
            long bytes = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    digest.update(buffer, 0, read);
                    bytes += read;
                }
            } catch (ZipException e) {
                throw new RefusedException(table.file() + " in the archive is damaged: " + e.getMessage());
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            if (bytes != table.bytes() || !sha256.equals(table.sha256())) {
                throw new RefusedException(table.file() + " in the archive is not what was backed up: its size or "
                        + "SHA-256 differs from the manifest");
            }
        }
        return manifest;
    }

    private static void checkTarget(Connection connection, BackupManifest manifest) throws SQLException {
        String version = AppTables.schemaVersion(connection);
        if (!Objects.equals(version, manifest.schemaVersion())) {
            throw new RefusedException("The archive is of schema version " + manifest.schemaVersion()
                    + ", the target database of version " + version
                    + ": restore it with the version of the app that wrote it");
        }
        List<String> tables = AppTables.inLoadOrder(connection);
        List<String> archived =
                manifest.tables().stream().map(BackupManifest.TableFile::table).toList();
        if (!new TreeSet<>(tables).equals(new TreeSet<>(archived)) || archived.size() != tables.size()) {
            throw new RefusedException("The archive's tables " + archived + " are not the target's " + tables);
        }
        for (String table : tables) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows =
                            statement.executeQuery("select exists (select from " + AppTables.quote(table) + ")")) {
                rows.next();
                if (rows.getBoolean(1)) {
                    throw new RefusedException("The target database is not empty (table " + table + " holds rows): "
                            + "a backup is restored only into an empty database");
                }
            }
        }
    }

    private static void load(Connection connection, ZipFile zip, BackupManifest manifest)
            throws SQLException, IOException {
        connection.setAutoCommit(false);
        try {
            List<InsertTrigger> insertTriggers = insertTriggers(connection);
            for (InsertTrigger trigger : insertTriggers) {
                execute(connection, trigger.alter("disable"));
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (BackupManifest.TableFile table : manifest.tables()) {
                String columns = AppTables.columnList(AppTables.columns(connection, table.table()));
                long rows;
                try (InputStream in = zip.getInputStream(zip.getEntry(table.file()))) {
                    rows = copy.copyIn(
                            "COPY " + AppTables.quote(table.table()) + " (" + columns
                                    + ") FROM STDIN WITH (FORMAT csv, HEADER MATCH)",
                            in);
                } catch (SQLException e) {
                    throw new RefusedException(
                            "The rows of " + table.table() + " do not fit the target: " + e.getMessage(), e);
                }
                if (rows != table.rows()) {
                    throw new RefusedException(
                            table.file() + " holds " + rows + " rows, its manifest says " + table.rows());
                }
            }
            for (InsertTrigger trigger : insertTriggers) {
                execute(connection, trigger.alter("enable"));
            }
            continueIdentities(connection, manifest);
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** One of the app's own triggers that fire on insert. */
    private record InsertTrigger(String table, String name) {
        String alter(String enableOrDisable) {
            return "alter table " + AppTables.quote(table) + " " + enableOrDisable + " trigger "
                    + AppTables.quote(name);
        }
    }

    private static List<InsertTrigger> insertTriggers(Connection connection) throws SQLException {
        List<InsertTrigger> triggers = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                        select c.relname, t.tgname from pg_trigger t
                        join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = current_schema() and not t.tgisinternal and (t.tgtype & 4) <> 0
                        order by 1, 2""");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                triggers.add(new InsertTrigger(rows.getString(1), rows.getString(2)));
            }
        }
        return triggers;
    }

    private static void continueIdentities(Connection connection, BackupManifest manifest) throws SQLException {
        for (BackupManifest.TableFile table : manifest.tables()) {
            try (PreparedStatement statement = connection.prepareStatement("""
                    select a.attname from pg_attribute a
                    join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = current_schema() and c.relname = ? and a.attidentity <> ''""")) {
                statement.setString(1, table.table());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String column = AppTables.quote(rows.getString(1));
                        String name = AppTables.quote(table.table());
                        execute(
                                connection,
                                "select setval(pg_get_serial_sequence('" + name.replace("'", "''") + "', '"
                                        + rows.getString(1).replace("'", "''") + "'), coalesce(max(" + column
                                        + "), 0) + 1, false) from " + name);
                    }
                }
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
