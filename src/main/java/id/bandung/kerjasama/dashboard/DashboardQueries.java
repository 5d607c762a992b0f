package id.bandung.kerjasama.dashboard;

import static id.bandung.kerjasama.agreement.AgreementStatusSql.where;

import id.bandung.kerjasama.agreement.AgreementStatus;
import id.bandung.kerjasama.agreement.AgreementStatusSql;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.ComplianceCheck;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.dashboard.DashboardService.CategoryKey;
import id.bandung.kerjasama.partner.PartnerGap;
import id.bandung.kerjasama.partner.Province;
import id.bandung.kerjasama.software.AdoptionStatus;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's read model: one aggregate query per figure, all counted by PostgreSQL, each in a read-only
 * transaction of its own. Agreement figures take the filter as {@code :fromDate}, {@code :toDate} (signing date) and
 * {@code :category}, any of them null; partner figures then count the partners of the agreements the filter selects.
 * Statuses follow {@link AgreementStatusSql}. An extension chain counts once: each agreement count is the count of
 * all the filter selects less the count of the few chain members another stands for ({@link #oncePerChain}; leaving
 * them out row by row, PostgreSQL could no longer answer from its indexes alone). Adoption figures read the counts the database keeps (V003). Only
 * {@link DashboardService} asks; its access rules stand in front.
 */
@Component
@Transactional(readOnly = true)
class DashboardQueries {

    static final int TOP_SOFTWARE = 10;

    // Spaces around the pieces matter: text blocks drop a line's trailing blanks.
    private static final String AGREEMENT_FILTER = " (cast(:fromDate as date) is null or a.signed_on >= :fromDate)"
            + " and (cast(:toDate as date) is null or a.signed_on <= :toDate)"
            + " and (cast(:category as varchar) is null or a.category = :category) ";

    /** The agreements of the filter that an extension chain hides: subtracted from the counts that include them. */
    private static final String SHADOWED =
            AGREEMENT_FILTER + " and " + AgreementStatusSql.shadowedInChain("a.id") + " ";

    private static final String PARTNER_FILTER =
            " (not :filtered or exists (select 1 from agreement a where a.partner_id = p.id and" + AGREEMENT_FILTER
                    + ")) ";

    /** Partners with at least one agreement of each category: distinct pairs, from an index alone. */
    private static final String PARTNERS_PER_CATEGORY = """
            select category, count(*) from (select distinct a.category, a.partner_id from agreement a where """ + AGREEMENT_FILTER + ") pairs group by category";

    /** In force, with a report whose period ended within the last twelve months. */
    private static final String MONEV_REPORTED = AgreementStatusSql.inForce()
            + " and exists (select 1 from monev_report r where r.agreement_id = a.id"
            + " and r.period_to >= cast(:today - interval '12 months' as date))";

    /** The other headline numbers; adoption figures come from the counts the database keeps. */
    private static final String TOTALS = """
            select case when :filtered then (select count(distinct a.partner_id) from agreement a where """
            + AGREEMENT_FILTER + """
                        ) else (select count(*) from partner) end as partners,
                   """ + countOncePerChain(where(AgreementStatus.ACTIVE)) + """
                        as active,
                   """
            + countOncePerChain(where(AgreementStatus.EXPIRING)) + """
                        as expiring,
                   (select count(*) from software) as software,
                   (select coalesce(sum(adoptions), 0) from adoption_count_by_software where status = 'ADOPTED')
                       as adoptions,
                   (select count(*) from adoption_count_by_partner c join partner p on p.id = c.partner_id
                     where c.status = 'ADOPTED' and c.adoptions > 0 and p.kind in ('CITY', 'REGENCY', 'PROVINCE'))
                       as adopting_regions""";

    /** The Monev figures, a query of their own so that it runs beside the others (see {@link #monev}). */
    private static final String MONEV = "select " + countOncePerChain(MONEV_REPORTED) + " as monev_reported, "
            + countOncePerChain(ComplianceCheck.NO_MONEV_12M.unacknowledged()) + " as monev_overdue";

    private static final String PARTNERS_BY_COUNTRY = "select p.country, count(*) from partner p where "
            + PARTNER_FILTER + "group by p.country order by count(*) desc, p.country";

    private static final String PARTNERS_BY_PROVINCE = """
            select p.province, count(*) from partner p
            where p.country = 'ID' and p.province is not null and """ + PARTNER_FILTER + """
            group by p.province order by count(*) desc, p.province""";

    private static final String AGREEMENTS_BY_CATEGORY =
            oncePerChain("a.category, a.obligation", "agreement a", AGREEMENT_FILTER, SHADOWED);

    private static final String AGREEMENTS_BY_FIELD = oncePerChain(
            "f.field", "agreement_field f join agreement a on a.id = f.agreement_id", AGREEMENT_FILTER, SHADOWED);

    /** Unfiltered, the fields table alone answers: no join with a hundred thousand agreements. */
    private static final String ALL_AGREEMENTS_BY_FIELD =
            oncePerChain("f.field", "agreement_field f", "true", AgreementStatusSql.shadowedInChain("f.agreement_id"));

    /** date_part, not extract: extract returns numeric, which makes this count a third slower. */
    private static final String SIGNED_PER_YEAR = oncePerChain(
                    "cast(date_part('year', a.signed_on) as integer), a.category",
                    "agreement a",
                    "a.signed_on is not null and " + AGREEMENT_FILTER,
                    "a.signed_on is not null and " + SHADOWED)
            + " order by 1";

    private static final String AGREEMENTS_BY_STATUS =
            oncePerChain("(" + AgreementStatusSql.CASE + ")", "agreement a", AGREEMENT_FILTER, SHADOWED);

    private static final String MOST_ADOPTED_SOFTWARE = """
            select s.id, s.name, c.adoptions
            from adoption_count_by_software c join software s on s.id = c.software_id
            where c.status = 'ADOPTED' and c.adoptions > 0
            order by c.adoptions desc, s.name limit :limit""";

    private static final String ADOPTIONS_BY_STATUS =
            "select status, coalesce(sum(adoptions), 0) from adoption_count_by_software group by status";

    /** The partners of one category, the longest-standing first (those without a signing date last). */
    private static final String PARTNERS_OF = """
            select p.name, p.country, min(date_part('year', a.signed_on))::int as since
            from agreement a join partner p on p.id = a.partner_id
            where a.category = :category
            group by p.id, p.name, p.country
            order by since nulls last, p.name
            limit :limit""";

    /**
     * What a partner is on the map ({@link MarkerKind}), the first that holds. Each {@code in} is an uncorrelated
     * subquery that PostgreSQL hashes once, rather than probing per partner.
     */
    private static final String MARKER_KIND = """
            case when p.id in (select a.partner_id from agreement a where a.category = 'KSDPL') then 'SISTER_CITY'
                 when p.id in (select a.partner_id from agreement a where a.category = 'KSDLL') then 'INSTITUTION'
                 when p.country = 'ID' and p.kind in ('CITY', 'REGENCY', 'PROVINCE')
                      and p.id in (select c.partner_id from adoption_count_by_partner c
                                   where c.status = 'ADOPTED' and c.adoptions > 0) then 'ADOPTING_REGION'
                 when p.country = 'ID' and (p.kind in ('CITY', 'REGENCY', 'PROVINCE')
                      or p.id in (select a.partner_id from agreement a where a.category = 'KSDD')) then 'REGIONAL'
                 else 'OTHER' end""";

    private static final String MAP_MARKERS = "select p.id, p.name, p.latitude, p.longitude, " + MARKER_KIND
            + " as marker_kind from partner p where p.latitude is not null and p.longitude is not null and "
            + PARTNER_FILTER + "order by p.id";

    private static final String WITHOUT_COORDINATES =
            "select count(*) from partner p where " + PartnerGap.COORDINATES.condition() + " and " + PARTNER_FILTER;

    /**
     * The presentation's map: every partner with coordinates, named only if it is one of the sister cities or technical
     * partners the list slides name (the first {@code :limit} of each, in the order of {@link #PARTNERS_OF}).
     */
    private static final String PUBLIC_MAP_MARKERS = """
            with named as (
              (select p.id from agreement a join partner p on p.id = a.partner_id where a.category = 'KSDPL'
               group by p.id, p.name order by min(date_part('year', a.signed_on)) nulls last, p.name limit :limit)
              union
              (select p.id from agreement a join partner p on p.id = a.partner_id where a.category = 'KSDLL'
               group by p.id, p.name order by min(date_part('year', a.signed_on)) nulls last, p.name limit :limit))
            select case when p.id in (select id from named) then p.name end, p.latitude, p.longitude, """ + MARKER_KIND + """
             as marker_kind
            from partner p where p.latitude is not null and p.longitude is not null
            order by p.id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    /**
     * A grouped count, each extension chain once: the rows {@code where} selects, grouped by {@code keys} (a comma
     * separated list of expressions, the result's columns before the count), less the rows {@code shadowed} selects.
     * Groups that come to nothing are left out, as a plain count would leave them.
     */
    private static String oncePerChain(String keys, String from, String where, String shadowed) {
        String[] expressions = keys.split(",(?![^(]*\\))");
        StringBuilder named = new StringBuilder();
        StringBuilder outer = new StringBuilder();
        StringBuilder positions = new StringBuilder();
        for (int i = 0; i < expressions.length; i++) {
            named.append(expressions[i].strip()).append(" as k").append(i).append(", ");
            outer.append("k").append(i).append(", ");
            positions.append(i == 0 ? "" : ", ").append(i + 1);
        }
        return "select " + outer + "sum(n) from (select " + named + "count(*) as n from " + from + " where " + where
                + " group by " + positions + " union all select " + named + "-count(*) from " + from + " where "
                + shadowed + " group by " + positions + ") counted group by " + positions + " having sum(n) <> 0";
    }

    /** One count, each extension chain once (see {@link #oncePerChain}). */
    private static String countOncePerChain(String condition) {
        return "((select count(*) from agreement a where " + condition + " and" + AGREEMENT_FILTER
                + ") - (select count(*) from agreement a where " + condition + " and" + SHADOWED + "))";
    }

    DashboardQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The headline numbers but the Monev ones, which {@link #monev} counts beside them. */
    HeadlineFigures headline(DashboardFilter filter) {
        Map<String, Long> perCategory = filtered(PARTNERS_PER_CATEGORY, filter)
                .query((row, number) -> Map.entry(row.getString(1), row.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        LocalDate today = LocalDate.now(clock);
        return filtered(TOTALS, filter)
                .param("filtered", !filter.isNone(), Types.BOOLEAN)
                .param("today", today, Types.DATE)
                .param("horizon", AgreementStatusSql.horizon(today), Types.DATE)
                .query((row, number) -> new HeadlineFigures(
                        row.getLong("partners"),
                        perCategory.getOrDefault(Category.KSDD.name(), 0L),
                        perCategory.getOrDefault(Category.KSDPL.name(), 0L),
                        perCategory.getOrDefault(Category.KSDLL.name(), 0L),
                        row.getLong("active"),
                        row.getLong("expiring"),
                        row.getLong("software"),
                        row.getLong("adoptions"),
                        row.getLong("adopting_regions"),
                        0,
                        0))
                .single();
    }

    /**
     * Agreements in force reported on in the last twelve months, and those over a year without a report (the
     * compliance warning {@code NO_MONEV_12M} not accepted), each chain once: what {@link #headline} leaves at zero.
     */
    long[] monev(DashboardFilter filter) {
        return filtered(MONEV, filter)
                .param("today", LocalDate.now(clock), Types.DATE)
                .query((row, number) -> new long[] {row.getLong("monev_reported"), row.getLong("monev_overdue")})
                .single();
    }

    /** Partners per country (ISO code), most first. */
    List<Count<String>> partnersByCountry(DashboardFilter filter) {
        return filtered(PARTNERS_BY_COUNTRY, filter)
                .param("filtered", !filter.isNone(), Types.BOOLEAN)
                .query((row, number) -> new Count<>(row.getString(1), row.getLong(2)))
                .list();
    }

    /** Indonesian partners per province, most first. */
    List<Count<Province>> partnersByProvince(DashboardFilter filter) {
        return filtered(PARTNERS_BY_PROVINCE, filter)
                .param("filtered", !filter.isNone(), Types.BOOLEAN)
                .query((row, number) -> new Count<>(Province.valueOf(row.getString(1)), row.getLong(2)))
                .list();
    }

    /** Agreements per category, regional cooperation split into mandatory and voluntary. */
    List<Count<CategoryKey>> agreementsByCategory(DashboardFilter filter) {
        return filtered(AGREEMENTS_BY_CATEGORY, filter)
                .query((row, number) -> new Count<>(CategoryKey.of(row.getString(1), row.getString(2)), row.getLong(3)))
                .list();
    }

    List<Count<CooperationField>> agreementsByField(DashboardFilter filter) {
        StatementSpec query =
                filter.isNone() ? jdbc.sql(ALL_AGREEMENTS_BY_FIELD) : filtered(AGREEMENTS_BY_FIELD, filter);
        return query.query((row, number) -> new Count<>(CooperationField.valueOf(row.getString(1)), row.getLong(2)))
                .list();
    }

    /** Agreements signed per year and category, oldest year first. */
    List<YearCount> signedPerYear(DashboardFilter filter) {
        return filtered(SIGNED_PER_YEAR, filter)
                .query((row, number) ->
                        new YearCount(row.getInt(1), Category.valueOf(row.getString(2)), row.getLong(3)))
                .list();
    }

    List<Count<AgreementStatus>> agreementsByStatus(DashboardFilter filter) {
        LocalDate today = LocalDate.now(clock);
        return filtered(AGREEMENTS_BY_STATUS, filter)
                .param("today", today, Types.DATE)
                .param("horizon", AgreementStatusSql.horizon(today), Types.DATE)
                .query((row, number) -> new Count<>(AgreementStatus.valueOf(row.getString(1)), row.getLong(2)))
                .list();
    }

    /** The applications adopted by the most partners. Adoptions are not tied to a period or category. */
    List<SoftwareCount> mostAdoptedSoftware() {
        return jdbc.sql(MOST_ADOPTED_SOFTWARE)
                .param("limit", TOP_SOFTWARE, Types.INTEGER)
                .query((row, number) -> new SoftwareCount(row.getLong(1), row.getString(2), row.getLong(3)))
                .list();
    }

    List<Count<AdoptionStatus>> adoptionsByStatus() {
        return jdbc.sql(ADOPTIONS_BY_STATUS)
                .query((row, number) -> new Count<>(AdoptionStatus.valueOf(row.getString(1)), row.getLong(2)))
                .list();
    }

    /** The partners of one category, longest-standing first, at most {@code limit}. */
    List<PartnerSince> partnersOf(Category category, int limit) {
        return jdbc.sql(PARTNERS_OF)
                .param("category", category.name(), Types.VARCHAR)
                .param("limit", limit, Types.INTEGER)
                .query((row, number) ->
                        new PartnerSince(row.getString(1), row.getString(2), (Integer) row.getObject(3)))
                .list();
    }

    /** The partners the filter selects on the map, and how many of them have no coordinates. */
    PartnerLocations locations(DashboardFilter filter) {
        List<MapMarker> markers = filtered(MAP_MARKERS, filter)
                .param("filtered", !filter.isNone(), Types.BOOLEAN)
                .query((row, number) -> new MapMarker(
                        row.getLong(1),
                        row.getString(2),
                        row.getDouble(3),
                        row.getDouble(4),
                        MarkerKind.valueOf(row.getString(5))))
                .list();
        long without = filtered(WITHOUT_COORDINATES, filter)
                .param("filtered", !filter.isNone(), Types.BOOLEAN)
                .query(Long.class)
                .single();
        return new PartnerLocations(markers, without);
    }

    /**
     * Every partner on the map with no id, named only if it is among the first {@code named} sister cities or
     * technical partners (see {@link #PUBLIC_MAP_MARKERS}); and how many have no coordinates.
     */
    PartnerLocations publicLocations(int named) {
        List<MapMarker> markers = jdbc.sql(PUBLIC_MAP_MARKERS)
                .param("limit", named, Types.INTEGER)
                .query((row, number) -> new MapMarker(
                        null,
                        row.getString(1),
                        row.getDouble(2),
                        row.getDouble(3),
                        MarkerKind.valueOf(row.getString(4))))
                .list();
        long without = filtered(WITHOUT_COORDINATES, DashboardFilter.none())
                .param("filtered", false, Types.BOOLEAN)
                .query(Long.class)
                .single();
        return new PartnerLocations(markers, without);
    }

    /**
     * A query with the filter's parameters bound, typed so that a null needs no round trip to find its type. It runs
     * without parallel workers (for this transaction only): the dashboard's queries already run side by side, as do
     * many screens', and on a server with few cores the workers only queue behind each other, while the serial plan
     * can read the figures' columns from {@code agreement_figures_idx} alone.
     */
    private StatementSpec filtered(String sql, DashboardFilter filter) {
        jdbc.sql("set local max_parallel_workers_per_gather = 0").update();
        return jdbc.sql(sql)
                .param("fromDate", filter.fromDate(), Types.DATE)
                .param("toDate", filter.toDate(), Types.DATE)
                .param(
                        "category",
                        filter.category() == null ? null : filter.category().name(),
                        Types.VARCHAR);
    }
}
