package id.bandung.kerjasama.agreement;

import java.time.LocalDate;

/** The state of an agreement, always computed from its dates, never typed. */
public enum AgreementStatus {
    /** Not signed (or its signing date is not recorded yet). */
    DRAFT,
    ACTIVE,
    /** In force, but ends within {@link #EXPIRING_WITHIN_DAYS} days. */
    EXPIRING,
    EXPIRED,
    /** Ended early, with a reason. */
    TERMINATED;

    public static final int EXPIRING_WITHIN_DAYS = 90;

    /**
     * The rule for one agreement. {@link AgreementStatusSql} is the same rule in SQL for the queries that filter,
     * count or group by status; {@code AgreementStatusSqlTest} keeps the two equal.
     */
    public static AgreementStatus of(LocalDate signedOn, LocalDate endOn, LocalDate terminatedOn, LocalDate today) {
        if (terminatedOn != null && !terminatedOn.isAfter(today)) {
            return TERMINATED;
        }
        if (signedOn == null) {
            return DRAFT;
        }
        if (endOn != null && endOn.isBefore(today)) {
            return EXPIRED;
        }
        if (endOn != null && !endOn.isAfter(today.plusDays(EXPIRING_WITHIN_DAYS))) {
            return EXPIRING;
        }
        return ACTIVE;
    }

    /** Whether the agreement is in force: active, including those about to expire. */
    public boolean inForce() {
        return this == ACTIVE || this == EXPIRING;
    }
}
