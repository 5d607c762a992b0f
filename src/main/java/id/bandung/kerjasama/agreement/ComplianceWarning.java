package id.bandung.kerjasama.agreement;

import java.time.Instant;

/**
 * A compliance check an agreement trips, with its acknowledgement when someone gave one.
 *
 * @param reason         why the section accepts it (null while not acknowledged)
 * @param acknowledgedBy who acknowledged it
 */
public record ComplianceWarning(ComplianceCheck check, String reason, String acknowledgedBy, Instant acknowledgedAt) {

    public boolean acknowledged() {
        return reason != null;
    }
}
