package id.bandung.kerjasama.agreement;

import java.time.LocalDate;

/** The state of an agreement, always computed from its dates, never typed. */
public enum AgreementStatus {
    /** Not signed yet. */
    DRAFT,
    /** Signed (its stage says so) but the signing date is not recorded: not a draft, and not counted in force. */
    UNDATED,
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
     *
     * @param signed whether the agreement's stage says it is signed ({@link Stage#marksSigned})
     */
    public static AgreementStatus of(
            LocalDate signedOn, LocalDate endOn, LocalDate terminatedOn, boolean signed, LocalDate today) {
        if (terminatedOn != null && !terminatedOn.isAfter(today)) {
            return TERMINATED;
        }
        if (signedOn == null) {
            return signed ? UNDATED : DRAFT;
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
