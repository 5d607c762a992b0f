package id.bandung.kerjasama.agreement;

import java.time.Instant;

/** An agreement's stored document, without its content. */
public record DocumentInfo(String fileName, long sizeBytes, Instant uploadedAt, String uploadedBy) {}
