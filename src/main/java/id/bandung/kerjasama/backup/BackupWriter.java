package id.bandung.kerjasama.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a backup archive: one snapshot of every table the app owns, read in a single read-only REPEATABLE READ
 * transaction (so a save made meanwhile is either wholly in it or wholly not), each table as PostgreSQL's CSV with a
 * header row through {@code COPY ... TO STDOUT}, and a manifest with the schema version, row counts and SHA-256
 * digests. Documents are rows of {@code agreement_document}: their bytes are in the archive as hex.
 */
final class BackupWriter {

    private BackupWriter() {}

    static BackupManifest write(DataSource dataSource, OutputStream out, Clock clock) throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                return write(connection, out, clock);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(true);
            }
        }
    }

    private static BackupManifest write(Connection connection, OutputStream out, Clock clock)
            throws IOException, SQLException {
        // The snapshot is taken by the transaction's first statement; everything after reads that same moment.
        String schemaVersion = AppTables.schemaVersion(connection);
        var takenAt = clock.instant();
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        List<BackupManifest.TableFile> files = new ArrayList<>();
        ZipOutputStream zip = new ZipOutputStream(out);
        for (String table : AppTables.inLoadOrder(connection)) {
            String file = BackupManifest.fileOf(table);
            zip.putNextEntry(new ZipEntry(file));
            DigestingStream entry = new DigestingStream(zip);
            long rows = copy.copyOut(
                    "COPY " + AppTables.quote(table) + " (" + AppTables.columnList(AppTables.columns(connection, table))
                            + ") TO STDOUT WITH (FORMAT csv, HEADER)",
                    entry);
            entry.flush();
            zip.closeEntry();
            files.add(new BackupManifest.TableFile(table, file, rows, entry.bytes, entry.sha256()));
        }
        BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, takenAt, schemaVersion, files);
        zip.putNextEntry(new ZipEntry(BackupManifest.FILE_NAME));
        zip.write(manifest.toJson());
        zip.closeEntry();
        zip.finish();
        zip.flush();
        return manifest;
    }

    /** Passes bytes on to the archive entry while counting them and computing their SHA-256; never closes it. */
    static final class DigestingStream extends FilterOutputStream {
        private final MessageDigest digest = sha256Digest();
        long bytes;

        DigestingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            bytes += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
