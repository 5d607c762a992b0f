package id.bandung.kerjasama.importing;

import java.time.Instant;

/** One import batch as the import screen lists it. */
public record ImportBatchRow(
        long id,
        ImportKind kind,
        String fileName,
        int rowCount,
        int createdCount,
        int matchedCount,
        Instant createdAt,
        String createdBy,
        Instant undoneAt,
        String undoneBy) {

    public boolean undone() {
        return undoneAt != null;
    }
}
