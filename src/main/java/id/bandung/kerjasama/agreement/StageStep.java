package id.bandung.kerjasama.agreement;

import java.time.Instant;
import java.time.LocalDate;

/** One recorded lifecycle step, as the timeline shows it (its document's name and size, not its content). */
public record StageStep(
        long id,
        Stage stage,
        LocalDate happenedOn,
        String referenceNumber,
        String detail,
        String fileName,
        Long sizeBytes,
        Instant recordedAt,
        String recordedBy) {}
