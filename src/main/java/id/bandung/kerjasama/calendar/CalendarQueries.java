package id.bandung.kerjasama.calendar;

import id.bandung.kerjasama.agreement.AgreementStatusSql;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.Stage;
import id.bandung.kerjasama.calendar.CalendarEntry.Kind;
import id.bandung.kerjasama.monitoring.MonevDue;
import id.bandung.kerjasama.security.Roles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What falls due, read with SQL (decision 023): of the agreements in force, each end date, the next Monev report's due
 * date and the day by which an extension should be proposed. An agreement that is extended or ended, or that an
 * extension chain hides ({@link AgreementStatusSql#shadowedInChain}), has no end date or deadline to watch. Each kind
 * of entry is read on its own, the end dates and deadlines through the end-date index.
 */
@Service
@Transactional(readOnly = true)
public class CalendarQueries {

    /**
     * How long before its end an agreement's extension should be proposed: the section's working rule (the TKKSD's
     * review, the DPRD's and the central government's approvals take months), not an article of a regulation.
     */
    public static final Period EXTENSION_LEAD = Period.ofMonths(6);

    private static final String DEADLINE =
            "cast(a.end_on - interval '" + EXTENSION_LEAD.toTotalMonths() + " months' as date)";
    private static final String REPORT_DUE = MonevDue.dueOnSql("a");
    /**
     * Neither extended nor ended: its end and deadline are still to be watched. An agreement with a successor is
     * extended whatever its stage says (the chain rule of {@link AgreementStatusSql#shadowedInChain}, written as an
     * anti-join on the predecessor index: a filter on every row, where that rule's id list serves a subtraction).
     */
    private static final String OPEN = "a.stage not in ('" + Stage.EXTENDED.name() + "', '" + Stage.ENDED.name()
            + "') and not exists (select 1 from agreement s where s.predecessor_id = a.id)";

    private static final String COLUMNS = "a.id, a.title, a.category, a.partner_id";

    private final JdbcClient jdbc;
    private final Clock clock;

    CalendarQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What was due before today and is still open: late reports and passed extension deadlines, oldest first. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public CalendarEntries overdue(int limit) {
        LocalDate today = LocalDate.now(clock);
        return entries(null, today.minusDays(1), limit);
    }

    /** What falls due from today to {@code until}, both included, in date order. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public CalendarEntries upcoming(LocalDate until, int limit) {
        return entries(LocalDate.now(clock), until, limit);
    }

    /** The entries dated from {@code from} to {@code to}, both included, in date order (the feed's window). */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public CalendarEntries between(LocalDate from, LocalDate to, int limit) {
        return entries(from, to, limit);
    }

    /** The first {@code limit} entries dated up to {@code to} (and from {@code from}, unless null), and their count. */
    private CalendarEntries entries(LocalDate from, LocalDate to, int limit) {
        LocalDate today = LocalDate.now(clock);
        if (from != null && from.isAfter(to)) {
            return new CalendarEntries(List.of(), 0);
        }
        String end = "select a.end_on as on_date, " + Kind.END.ordinal() + " as kind, " + COLUMNS
                + " from agreement a where "
                + AgreementStatusSql.inForce() + " and a.end_on <= :to" + (from == null ? "" : " and a.end_on >= :from")
                + " and " + OPEN;
        // The deadline's end-date bound is a little wide (a month's last days), so that the index reads a range; the
        // exact condition follows. An agreement that runs less than the lead after its signing has no deadline.
        String deadline = "select " + DEADLINE + ", " + Kind.EXTENSION_DEADLINE.ordinal() + ", " + COLUMNS
                + " from agreement a where "
                + AgreementStatusSql.inForce() + " and a.end_on <= :deadlineEndBound and " + DEADLINE + " <= :to"
                + (from == null ? "" : " and " + DEADLINE + " >= :from") + " and " + DEADLINE + " > a.signed_on and "
                + OPEN;
        // A report falls due while the agreement is in force; one due after its end is not shown. "offset 0" computes
        // each due date once, instead of once for every condition that reads it.
        String report = "select due_on, " + Kind.REPORT_DUE.ordinal()
                + ", id, title, category, partner_id from (select " + REPORT_DUE + " as due_on, "
                + COLUMNS + ", a.end_on from agreement a where " + AgreementStatusSql.inForce() + " offset 0) due"
                + " where due_on <= :to" + (from == null ? "" : " and due_on >= :from")
                + " and (end_on is null or due_on <= end_on)";
        String sql = "select e.on_date, e.kind, e.id, e.title, e.category, p.name as partner_name, e.total from ("
                + "select u.*, count(*) over () as total from (" + end + " union all " + deadline + " union all "
                + report + ") u order by u.on_date, u.kind, u.id limit :limit) e"
                + " join partner p on p.id = e.partner_id order by e.on_date, e.kind, e.id";
        var statement = jdbc.sql(sql)
                .param("today", today)
                .param("to", to)
                .param("deadlineEndBound", to.plus(EXTENSION_LEAD).plusDays(3))
                .param("limit", limit);
        if (from != null) {
            statement = statement.param("from", from);
        }
        List<CalendarEntry> entries = new ArrayList<>();
        long[] total = {0};
        statement.query((ResultSet rs) -> {
            total[0] = rs.getLong("total");
            entries.add(entry(rs));
        });
        return new CalendarEntries(entries, total[0]);
    }

    private static CalendarEntry entry(ResultSet rs) throws SQLException {
        return new CalendarEntry(
                rs.getObject("on_date", LocalDate.class),
                Kind.values()[rs.getInt("kind")],
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("partner_name"),
                Category.valueOf(rs.getString("category")));
    }
}
