package id.bandung.kerjasama.audit;

import java.time.LocalDate;

/**
 * What the audit view shows: events of one user, one record type (or one record), within a period. Null means any.
 */
public record AuditFilter(String username, String recordType, Long recordId, LocalDate from, LocalDate to) {

    public static AuditFilter any() {
        return new AuditFilter(null, null, null, null, null);
    }
}
