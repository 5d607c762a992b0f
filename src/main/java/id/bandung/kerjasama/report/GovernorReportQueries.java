package id.bandung.kerjasama.report;

import id.bandung.kerjasama.agreement.AgreementStatus;
import id.bandung.kerjasama.agreement.AgreementStatusSql;
import id.bandung.kerjasama.agreement.ComplianceCheck;
import id.bandung.kerjasama.base.domain.ListSql;
import id.bandung.kerjasama.monitoring.MonevDue;
import id.bandung.kerjasama.security.Roles;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The governor's report (PP 28/2018: the governor monitors and evaluates a city's cooperation): for a half-year or a
 * year, per category, the agreements in force, signed, extended, ended and terminated, their Monev, and the compliance
 * warnings of the agreements the period concerns, counted by PostgreSQL; and the detail list of those agreements,
 * streamed. Parameters: {@code :from} and {@code :to}, the period; {@code :today}, the day the state figures are taken
 * on ({@link ReportPeriod#asOf}), which the status rule ({@link AgreementStatusSql}) and the checks read as their
 * "today"; {@code :horizon}, its horizon. Decision 024 says what each figure means and which equal the dashboard's.
 */
@Service
@Transactional(readOnly = true)
public class GovernorReportQueries {

    /** In force on the report's day: the status rule on that day, and signed by then. */
    private static final String IN_FORCE = "(" + AgreementStatusSql.inForce() + " and a.signed_on <= :today)";

    /**
     * The agreements of a chain another member stands for on the report's day: those in force whose successor is in
     * force too. (The dashboard's {@link AgreementStatusSql#shadowedInChain} reads the register as it stands today;
     * on a past day a successor signed since did not stand for its predecessor yet.)
     */
    private static final String SUPERSEDED_ON_THE_DAY =
            "(a.id = any(array(select a.predecessor_id from agreement a where a.predecessor_id is not null and "
                    + IN_FORCE + ")))";

    /** What the dashboard leaves out of its counts so that a chain counts once. */
    private static final String SHADOWED = AgreementStatusSql.shadowedInChain("a.id");

    private static final String SIGNED = "(a.signed_on between :from and :to)";

    /** End date reached in the period (by the report's day), not ended early before it. */
    private static final String ENDED = "(a.signed_on is not null and a.end_on between :from and :today"
            + " and (a.terminated_on is null or a.terminated_on > a.end_on))";

    private static final String TERMINATED = "(a.signed_on is not null and a.terminated_on between :from and :today)";

    private static final String MONEV_OVERDUE =
            "(" + IN_FORCE + " and " + ComplianceCheck.NO_MONEV_12M.condition() + ")";

    /** In force on some day of the period (up to the report's day), or ended or terminated in it. */
    private static final String CONCERNED = "(a.signed_on <= :today and (a.end_on is null or a.end_on >= :from)"
            + " and (a.terminated_on is null or a.terminated_on >= :from))";

    /**
     * The figures per category: every count over all agreements, less the chain members another stands for (as the
     * dashboard counts: by subtraction, so that the first count keeps its plain scan), plus the extensions recorded in
     * the period, read from the steps.
     */
    private static final String FIGURES = "select k0, k1, sum(in_force), sum(signed), sum(extended), sum(ended),"
            + " sum(terminated), sum(overdue) from ("
            + "select a.category as k0, a.obligation as k1,"
            + " count(*) filter (where " + IN_FORCE + ") as in_force,"
            + " count(*) filter (where " + SIGNED + ") as signed,"
            + " 0 as extended,"
            + " count(*) filter (where " + ENDED + ") as ended,"
            + " count(*) filter (where " + TERMINATED + ") as terminated,"
            + " count(*) filter (where " + MONEV_OVERDUE + ") as overdue"
            + " from agreement a group by 1, 2"
            + " union all select a.category, a.obligation, -count(*) filter (where " + IN_FORCE + "), 0, 0, 0, 0,"
            + " -count(*) filter (where " + MONEV_OVERDUE + ")"
            + " from agreement a where " + SUPERSEDED_ON_THE_DAY + " group by 1, 2"
            + " union all select a.category, a.obligation, 0, -count(*) filter (where " + SIGNED + "), 0,"
            + " -count(*) filter (where " + ENDED + "), -count(*) filter (where " + TERMINATED + "), 0"
            + " from agreement a where " + SHADOWED + " group by 1, 2"
            + " union all select a.category, a.obligation, 0, 0, count(distinct a.id), 0, 0, 0"
            + " from agreement_stage st join agreement a on a.id = st.agreement_id"
            + " where st.stage = 'EXTENDED' and st.happened_on between :from and :to group by 1, 2"
            + ") counted group by k0, k1";

    /** Implementation reports whose period reaches into the report's. */
    private static final String MONEV = "select a.category, a.obligation, count(distinct r.agreement_id),"
            + " count(*) filter (where r.recommendation is not null)"
            + " from monev_report r join agreement a on a.id = r.agreement_id"
            + " where r.period_from <= :to and r.period_to >= :from group by 1, 2";

    private static final String WARNINGS = "select "
            + Arrays.stream(ComplianceCheck.values())
                    .map(check -> "count(*) filter (where " + check.condition() + "), count(*) filter (where "
                            + check.unacknowledged() + ")")
                    .collect(Collectors.joining(", "))
            + " from agreement a where " + CONCERNED;

    private static final String ROWS = "select a.id, a.title, p.name as partner_name, a.category, a.obligation,"
            + " a.bandung_number, a.signed_on, a.end_on, " + AgreementStatusSql.CASE + " as status,"
            + " (select max(r.period_to) from monev_report r where r.agreement_id = a.id) as last_report_to, "
            + MonevDue.dueOnSql("a") + " as monev_due_on, "
            + ComplianceCheck.NO_MONEV_12M.condition() + " as monev_overdue, "
            + warningNames(true) + " as open_warnings, " + warningNames(false) + " as acknowledged"
            + " from agreement a join partner p on p.id = a.partner_id where " + CONCERNED
            + " order by array_position(array['KSDD', 'KSDPK', 'KSDPL', 'KSDLL'], cast(a.category as text)),"
            + " a.obligation = 'SUKARELA', a.signed_on, a.id";

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final Clock clock;

    GovernorReportQueries(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = ListSql.streamingClient(dataSource);
        this.clock = clock;
    }

    /** The report's figures for {@code period}, taken on its last day or, while it runs, today. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public GovernorReport report(ReportPeriod period) {
        LocalDate asOf = period.asOf(LocalDate.now(clock));
        Map<CategoryKey, CategoryFigures> figures = new HashMap<>();
        bound(jdbc.sql(FIGURES), period, asOf)
                .query((row, number) -> new CategoryFigures(
                        CategoryKey.of(row.getString(1), row.getString(2)),
                        row.getLong(3),
                        row.getLong(4),
                        row.getLong(5),
                        row.getLong(6),
                        row.getLong(7),
                        0,
                        0,
                        row.getLong(8)))
                .list()
                .forEach(found -> figures.merge(found.key(), found, CategoryFigures::plus));
        bound(jdbc.sql(MONEV), period, asOf)
                .query((row, number) -> new CategoryFigures(
                        CategoryKey.of(row.getString(1), row.getString(2)),
                        0,
                        0,
                        0,
                        0,
                        0,
                        row.getLong(3),
                        row.getLong(4),
                        0))
                .list()
                .forEach(found -> figures.merge(found.key(), found, CategoryFigures::plus));
        List<CategoryFigures> categories = CategoryKey.ALL.stream()
                .map(key -> figures.getOrDefault(key, CategoryFigures.zero(key)))
                .toList();
        CategoryFigures total = categories.stream().reduce(CategoryFigures.zero(null), CategoryFigures::plus);
        List<WarningCount> warnings = bound(jdbc.sql(WARNINGS), period, asOf)
                .query((row, number) -> {
                    List<WarningCount> counts = new ArrayList<>();
                    ComplianceCheck[] checks = ComplianceCheck.values();
                    for (int i = 0; i < checks.length; i++) {
                        long tripped = row.getLong(2 * i + 1);
                        long open = row.getLong(2 * i + 2);
                        counts.add(new WarningCount(checks[i], open, tripped - open));
                    }
                    return counts;
                })
                .single();
        long concerned = bound(jdbc.sql("select count(*) from agreement a where " + CONCERNED), period, asOf)
                .query(Long.class)
                .single();
        return new GovernorReport(period, asOf, categories, total, warnings, concerned);
    }

    /**
     * The agreements the period concerns (in force on some day of it, or ended or terminated in it), by category
     * and signing date, streamed from the database a batch at a time, never all in memory.
     */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public void rows(ReportPeriod period, Consumer<ReportRow> sink) {
        LocalDate asOf = period.asOf(LocalDate.now(clock));
        try (Stream<ReportRow> rows = bound(streaming.sql(ROWS), period, asOf).query(this::mapRow).stream()) {
            rows.forEach(sink);
        }
    }

    private static StatementSpec bound(StatementSpec sql, ReportPeriod period, LocalDate asOf) {
        return sql.param("from", period.from(), Types.DATE)
                .param("to", period.to(), Types.DATE)
                .param("today", asOf, Types.DATE)
                .param("horizon", AgreementStatusSql.horizon(asOf), Types.DATE);
    }

    private ReportRow mapRow(ResultSet row, int number) throws SQLException {
        return new ReportRow(
                row.getLong("id"),
                row.getString("title"),
                row.getString("partner_name"),
                CategoryKey.of(row.getString("category"), row.getString("obligation")),
                row.getString("bandung_number"),
                date(row, "signed_on"),
                date(row, "end_on"),
                AgreementStatus.valueOf(row.getString("status")),
                date(row, "last_report_to"),
                date(row, "monev_due_on"),
                row.getBoolean("monev_overdue"),
                checks(row.getString("open_warnings")),
                checks(row.getString("acknowledged")));
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static List<ComplianceCheck> checks(String names) {
        return names == null || names.isEmpty()
                ? List.of()
                : Arrays.stream(names.split(",")).map(ComplianceCheck::valueOf).toList();
    }

    /** The names of the checks an agreement trips, open ({@code open}) or acknowledged, comma-separated. */
    private static String warningNames(boolean open) {
        return Arrays.stream(ComplianceCheck.values())
                .map(check -> "case when "
                        + (open ? check.unacknowledged() : check.condition() + " and not " + check.unacknowledged())
                        + " then '" + check.name() + "' end")
                .collect(Collectors.joining(", ", "concat_ws(',', ", ")"));
    }
}
