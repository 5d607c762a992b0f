package id.bandung.kerjasama.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * What a backup archive holds, written as {@code manifest.json} beside the tables: the format, when the snapshot was
 * taken, the schema version (the newest Flyway migration) and, per table in the order a restore loads them (parents
 * before children), its file, row count, size and SHA-256.
 */
public record BackupManifest(String format, Instant takenAt, String schemaVersion, List<TableFile> tables) {

    public static final String FORMAT = "kerjasama-backup/1";
    public static final String FILE_NAME = "manifest.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** One table as a CSV file (PostgreSQL's CSV with a header row). */
    public record TableFile(String table, String file, long rows, long bytes, String sha256) {}

    public long totalRows() {
        return tables.stream().mapToLong(TableFile::rows).sum();
    }

    byte[] toJson() throws IOException {
        return JSON.writeValueAsBytes(this);
    }

    static BackupManifest read(InputStream in) throws IOException {
        return JSON.readValue(in, BackupManifest.class);
    }

    static String fileOf(String table) {
        return "tables/" + table + ".csv";
    }
}
