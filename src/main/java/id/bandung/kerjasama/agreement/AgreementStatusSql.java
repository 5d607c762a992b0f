package id.bandung.kerjasama.agreement;

import java.time.LocalDate;

/**
 * The one written form of the status rule, in SQL, for every query that filters, counts or groups agreements by
 * status (the list, its export, the dashboard). {@link AgreementStatus#of} is the same rule for one agreement in Java;
 * {@code AgreementStatusSqlTest} runs both over every combination of dates and keeps them equal.
 *
 * <p>The SQL reads the columns of an {@code agreement} row aliased {@code a} and takes two parameters:
 * {@code :today} and {@code :horizon} ({@link #horizon}). A record without a signing date is a draft, or undated
 * when its stage says it was signed ({@link Stage#marksSigned}).
 */
public final class AgreementStatusSql {

    /** The status name of agreement {@code a}. */
    public static final String CASE =
            "case when a.terminated_on is not null and a.terminated_on <= :today then 'TERMINATED'"
                    + " when a.signed_on is null and " + Stage.signedSql() + " then 'UNDATED'"
                    + " when a.signed_on is null then 'DRAFT'"
                    + " when a.end_on < :today then 'EXPIRED'"
                    + " when a.end_on <= :horizon then 'EXPIRING'"
                    + " else 'ACTIVE' end";

    private static final String NOT_TERMINATED = "(a.terminated_on is null or a.terminated_on > :today)";

    /** Signed and not terminated: in force unless its end date has passed. */
    public static final String SIGNED_NOT_TERMINATED = "(a.signed_on is not null and " + NOT_TERMINATED + ")";

    /**
     * The agreements an extension chain hides from figures, so that a chain counts once: an agreement whose successor
     * has been signed (the successor stands for the chain), and a successor not signed yet (its predecessor still
     * does).
     */
    private static final String SHADOWED_IN_CHAIN = "select s.predecessor_id from agreement s"
            + " where s.predecessor_id is not null and " + Stage.signedOrDatedSql("s")
            + " union all select u.id from agreement u where u.predecessor_id is not null and u.signed_on is null"
            + " and not " + Stage.signedSql("u");

    /**
     * Holds for the agreements whose column {@code column} names one that an extension chain hides from figures: the
     * few chain members another member stands for, found through the predecessor index.
     */
    public static String shadowedInChain(String column) {
        // "= any(array(…))": the few ids are gathered once, and PostgreSQL fetches their rows through the key index
        // instead of scanning every agreement a second time to join them.
        return "(" + column + " = any(array(" + SHADOWED_IN_CHAIN + ")))";
    }

    private AgreementStatusSql() {}

    /**
     * A condition that holds exactly when agreement {@code a} has {@code status}; written as ranges on the date
     * columns (not as {@link #CASE} = status) so that PostgreSQL can use their indexes.
     */
    public static String where(AgreementStatus status) {
        return switch (status) {
            case TERMINATED -> "(a.terminated_on <= :today)";
            case DRAFT -> "(" + NOT_TERMINATED + " and a.signed_on is null and not " + Stage.signedSql() + ")";
            case UNDATED -> "(" + NOT_TERMINATED + " and a.signed_on is null and " + Stage.signedSql() + ")";
            case EXPIRED -> "(" + SIGNED_NOT_TERMINATED + " and a.end_on < :today)";
            case EXPIRING -> "(" + SIGNED_NOT_TERMINATED + " and a.end_on between :today and :horizon)";
            case ACTIVE -> "(" + SIGNED_NOT_TERMINATED + " and (a.end_on is null or a.end_on > :horizon))";
        };
    }

    /** In force: active or expiring. */
    public static String inForce() {
        return "(" + SIGNED_NOT_TERMINATED + " and (a.end_on is null or a.end_on >= :today))";
    }

    /** The value of {@code :horizon} for a day: the last day on which an ending agreement counts as expiring. */
    public static LocalDate horizon(LocalDate today) {
        return today.plusDays(AgreementStatus.EXPIRING_WITHIN_DAYS);
    }
}
