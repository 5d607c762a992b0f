package id.bandung.kerjasama.audit;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the audit log as the log and a record's history show it: when, who, which record (none for a
 * sign-in), what action, the record's label at the time, and each changed field with its old and new value.
 */
public record AuditRow(
        long id,
        Instant at,
        String username,
        String recordType,
        Long recordId,
        AuditAction action,
        String label,
        List<Change> changes) {

    /** One changed field, with its value before and after (null for none). */
    public record Change(String field, String oldValue, String newValue) {}
}
