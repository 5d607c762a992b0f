package id.bandung.kerjasama.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of the append-only audit log: who, when, which record, what action, what changed. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    public static final int RECORD_TYPE_MAX = 32;
    public static final int SUMMARY_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(nullable = false, length = RECORD_TYPE_MAX)
    private String recordType;

    private Long recordId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AuditAction action;

    @Column(length = SUMMARY_MAX)
    private String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<Change> changes = new ArrayList<>();

    protected AuditEvent() {}

    /** A label as the log keeps it: at most {@link #SUMMARY_MAX} characters. */
    static String summary(String summary) {
        return summary == null || summary.length() <= SUMMARY_MAX
                ? summary
                : summary.substring(0, SUMMARY_MAX - 1) + "…";
    }

    AuditEvent(
            Instant occurredAt,
            String username,
            String recordType,
            Long recordId,
            AuditAction action,
            String summary,
            List<Change> changes) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.recordType = recordType;
        this.recordId = recordId;
        this.action = action;
        this.summary = summary(summary);
        this.changes = List.copyOf(changes);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSummary() {
        return summary;
    }

    public List<Change> getChanges() {
        return changes;
    }

    /** One changed field, with its value before and after (null for none). */
    public record Change(String field, String oldValue, String newValue) {}
}
