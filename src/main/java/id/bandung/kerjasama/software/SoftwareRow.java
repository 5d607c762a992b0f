package id.bandung.kerjasama.software;

import java.time.Instant;

/**
 * A row of the software list and its export: the application and how many partners have adopted it (status
 * ADOPTED).
 */
public record SoftwareRow(
        long id,
        String name,
        String acronym,
        SoftwareCategory category,
        String ownerUnit,
        boolean kpkRecommended,
        String description,
        boolean sample,
        Instant updatedAt,
        long adoptedBy) {}
