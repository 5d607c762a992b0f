package id.bandung.kerjasama.presentation;

import id.bandung.kerjasama.base.domain.AbstractEntity;
import id.bandung.kerjasama.base.domain.AuditValues;
import id.bandung.kerjasama.base.domain.Auditable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Map;

/**
 * A named link that opens the presentation on a screen without signing in, until an administrator revokes it. Only
 * the SHA-256 hash of its token is kept.
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

    /** Written by a plain update when a screen opens the link, so it does not count as an edit. */
    @Column(insertable = false, updatable = false)
    private Instant lastOpenedAt;

    protected DisplayLink() {
    }

    DisplayLink(String name, String tokenHash) {
        this.name = name == null ? null : name.strip();
        this.tokenHash = tokenHash;
    }

    @Override
    public Map<String, String> auditValues() {
        return new AuditValues().put("name", name).put("revokedAt", revokedAt).toMap();
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
