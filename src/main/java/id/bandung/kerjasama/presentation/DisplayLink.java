package id.bandung.kerjasama.presentation;

import id.bandung.kerjasama.base.domain.AbstractEntity;
import id.bandung.kerjasama.base.domain.AuditValues;
import id.bandung.kerjasama.base.domain.Auditable;
import id.bandung.kerjasama.base.domain.ClockConfig;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A named link that opens the presentation on a screen without signing in, until an administrator revokes it or its
 * last valid day has passed. Only the SHA-256 hash of its token is kept.
 */
@Entity
@Table(name = "display_link")
public class DisplayLink extends AbstractEntity implements Auditable {

    public static final String RECORD_TYPE = "DisplayLink";
    public static final int NAME_MAX = 120;
    static final int TOKEN_HASH_LENGTH = 64;

    @NotBlank(message = "{validation.required}")
    @Size(max = NAME_MAX, message = "{validation.too-long}")
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = TOKEN_HASH_LENGTH)
    private String tokenHash;

    private Instant revokedAt;

    /** Midnight in Bandung after the last valid day; null: valid until revoked. */
    private Instant expiresAt;

    /** Written by a plain update when a screen opens the link, so it does not count as an edit. */
    @Column(insertable = false, updatable = false)
    private Instant lastOpenedAt;

    protected DisplayLink() {}

    DisplayLink(String name, String tokenHash, LocalDate validUntil) {
        this.name = name == null ? null : name.strip();
        this.tokenHash = tokenHash;
        this.expiresAt = validUntil == null
                ? null
                : validUntil.plusDays(1).atStartOfDay(ClockConfig.BANDUNG).toInstant();
    }

    @Override
    public Map<String, String> auditValues() {
        return new AuditValues()
                .put("name", name)
                .put("validUntil", getValidUntil())
                .put("revokedAt", revokedAt)
                .toMap();
    }

    @Override
    public String auditLabel() {
        return name;
    }

    public String getName() {
        return name;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    /** The last day (Bandung time) the link opens; null when it has no end date. */
    public LocalDate getValidUntil() {
        return validUntil(expiresAt);
    }

    public boolean isExpired(Instant now) {
        return expired(expiresAt, now);
    }

    /** The last day (Bandung time) a link ending at {@code expiresAt} opens; null when it has no end. */
    static LocalDate validUntil(Instant expiresAt) {
        return expiresAt == null
                ? null
                : expiresAt.atZone(ClockConfig.BANDUNG).toLocalDate().minusDays(1);
    }

    /** Whether a link ending at {@code expiresAt} (null: no end) no longer opens at {@code now}. */
    static boolean expired(Instant expiresAt, Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** Whether a screen may show the link's figures at {@code now}: neither revoked nor expired. */
    boolean opensAt(Instant now) {
        return !isRevoked() && !isExpired(now);
    }

    public Instant getLastOpenedAt() {
        return lastOpenedAt;
    }

    String getTokenHash() {
        return tokenHash;
    }

    void revoke(Instant when) {
        this.revokedAt = when;
    }
}
