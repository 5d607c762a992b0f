package id.bandung.kerjasama.report;

/**
 * The figures of one category in a report's period (or their total); see {@code GovernorReportQueries} and decision
 * 024 for what each counts.
 *
 * @param inForce       agreements in force on the report's day (the period's last day, or today while it runs),
 *                      each extension chain once
 * @param signed        agreements signed in the period, each chain once, as the dashboard counts them
 * @param extended      agreements extended in the period (their "extended" step dated in it)
 * @param ended         agreements whose end date was reached in the period, not ended early and not continued by a
 *                      signed extension
 * @param terminated    agreements ended early in the period, not continued by a signed extension
 * @param withReport    agreements with an implementation report (Monev) whose period reaches into the period
 * @param evaluations   implementation reports with a recommendation (evaluations) whose period reaches into it
 * @param monevOverdue  agreements in force on the report's day whose next report is overdue ({@code NO_MONEV_12M})
 */
public record CategoryFigures(
        CategoryKey key,
        long inForce,
        long signed,
        long extended,
        long ended,
        long terminated,
        long withReport,
        long evaluations,
        long monevOverdue) {

    static CategoryFigures zero(CategoryKey key) {
        return new CategoryFigures(key, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    CategoryFigures plus(CategoryFigures other) {
        return new CategoryFigures(
                key,
                inForce + other.inForce,
                signed + other.signed,
                extended + other.extended,
                ended + other.ended,
                terminated + other.terminated,
                withReport + other.withReport,
                evaluations + other.evaluations,
                monevOverdue + other.monevOverdue);
    }

    /** Whether every figure is zero. */
    public boolean isEmpty() {
        return inForce == 0
                && signed == 0
                && extended == 0
                && ended == 0
                && terminated == 0
                && withReport == 0
                && evaluations == 0
                && monevOverdue == 0;
    }
}
