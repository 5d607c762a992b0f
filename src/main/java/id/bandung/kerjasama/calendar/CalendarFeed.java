package id.bandung.kerjasama.calendar;

import id.bandung.kerjasama.base.domain.AbstractEntity;
import id.bandung.kerjasama.base.domain.AuditValues;
import id.bandung.kerjasama.base.domain.Auditable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;

/**
 * A user's personal calendar feed: a secret address that calendar programs subscribe to, until the user revokes it.
 * Only the SHA-256 hash of its token is kept.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends AbstractEntity implements Auditable {

    public static final String RECORD_TYPE = "CalendarFeed";
    static final int TOKEN_HASH_LENGTH = 64;

    @Column(nullable = false, updatable = false)
    private long userAccountId;

    @Column(nullable = false, updatable = false, length = TOKEN_HASH_LENGTH)
    private String tokenHash;

    private Instant revokedAt;

    protected CalendarFeed() {}

    CalendarFeed(long userAccountId, String tokenHash) {
        this.userAccountId = userAccountId;
        this.tokenHash = tokenHash;
    }

    @Override
    public Map<String, String> auditValues() {
        return new AuditValues().put("revokedAt", revokedAt).toMap();
    }

    @Override
    public String auditLabel() {
        return getCreatedBy(); // its owner: each user makes their own
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    void revoke(Instant when) {
        this.revokedAt = when;
    }
}
