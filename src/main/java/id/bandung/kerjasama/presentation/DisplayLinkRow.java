package id.bandung.kerjasama.presentation;

import java.time.Instant;
import java.time.LocalDate;

/** A display link as the list shows it; never its token's hash. */
public record DisplayLinkRow(
        long id,
        String name,
        String createdBy,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastOpenedAt) {

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** The last day (Bandung time) the link opens; null when it has no end date. */
    public LocalDate validUntil() {
        return DisplayLink.validUntil(expiresAt);
    }

    public boolean isExpired(Instant now) {
        return DisplayLink.expired(expiresAt, now);
    }
}
