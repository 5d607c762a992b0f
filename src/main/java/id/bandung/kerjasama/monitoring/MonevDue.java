package id.bandung.kerjasama.monitoring;

/**
 * When an agreement's next implementation report is due, written once in SQL: twelve months after its start (or
 * signing), or after the end of the period its latest report covers, whichever is later. It matches the compliance
 * warning {@code NO_MONEV_12M}: an agreement in force is flagged once its report is overdue. The reminders, the
 * calendar and the governor's report read it from here.
 */
public final class MonevDue {

    private MonevDue() {}

    /** The date the next report of agreement {@code alias} is due (null when it has neither start nor signing). */
    public static String dueOnSql(String alias) {
        return "cast(greatest(coalesce(" + alias + ".start_on, " + alias + ".signed_on),"
                + " (select max(r.period_to) from monev_report r where r.agreement_id = " + alias + ".id))"
                + " + interval '12 months' as date)";
    }
}
