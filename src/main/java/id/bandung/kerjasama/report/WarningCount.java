package id.bandung.kerjasama.report;

import id.bandung.kerjasama.agreement.ComplianceCheck;

/**
 * How many of the agreements a report concerns trip one compliance check: still open, and acknowledged with a
 * reason.
 */
public record WarningCount(ComplianceCheck check, long open, long acknowledged) {

    public long total() {
        return open + acknowledged;
    }
}
