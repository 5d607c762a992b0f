package id.bandung.kerjasama.monitoring;

import java.time.Instant;

/** A report's evidence file, without its content. */
public record EvidenceInfo(
        long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt, String uploadedBy) {}
