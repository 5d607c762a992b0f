package id.bandung.kerjasama.dashboard;

import id.bandung.kerjasama.agreement.Agreement;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The dashboard's read model: one aggregate query per figure, all counted by PostgreSQL. Agreement figures take the
 * filter as {@code :fromDate}, {@code :toDate} (signing date) and {@code :category}, any of them null; partner
 * figures then count the partners of the agreements the filter selects. Adoption figures read the counts the
 * database keeps (V003).
 */
interface DashboardRepository extends Repository<Agreement, Long> {

    // Spaces around the pieces matter: text blocks drop a line's trailing blanks.
    String AGREEMENT_FILTER = " (cast(:fromDate as date) is null or a.signed_on >= :fromDate)"
            + " and (cast(:toDate as date) is null or a.signed_on <= :toDate)"
            + " and (cast(:category as varchar) is null or a.category = :category) ";

    String PARTNER_FILTER = " (not :filtered or exists (select 1 from agreement a where a.partner_id = p.id and"
            + AGREEMENT_FILTER + ")) ";

    /** Signed, not (yet) terminated, within the filter: in force unless already ended. */
    String IN_FORCE =
            " a.signed_on is not null and (a.terminated_on is null or a.terminated_on > :today) and" + AGREEMENT_FILTER;

    /** The status rule of AgreementStatus.of, in SQL. */
    String STATUS = """
            case when a.terminated_on is not null and a.terminated_on <= :today then 'TERMINATED'
                 when a.signed_on is null then 'DRAFT'
                 when a.end_on < :today then 'EXPIRED'
                 when a.end_on <= :horizon then 'EXPIRING'
                 else 'ACTIVE' end""";

    /** Partners with at least one agreement of each category: distinct pairs, from an index alone. */
    @Query(nativeQuery = true, value = """
            select category as label, count(*) as count
            from (select distinct a.category, a.partner_id from agreement a where """ + AGREEMENT_FILTER + """
                 ) pairs group by category""")
    List<LabelCount> partnersPerCategory(LocalDate fromDate, LocalDate toDate, String category);

    /**
     * The other headline numbers. In-force agreements are counted by ranges of their end date (an index each);
     * adoption figures come from the counts the database keeps.
     */
    @Query(nativeQuery = true, value = """
            select case when :filtered then (select count(distinct a.partner_id) from agreement a where """ + AGREEMENT_FILTER + """
                        ) else (select count(*) from partner) end as partners,
                   (select count(*) from agreement a where a.end_on > :horizon and """ + IN_FORCE + """
                   ) + (select count(*) from agreement a where a.end_on is null and """ + IN_FORCE + """
                   ) as active,
                   (select count(*) from agreement a where a.end_on between :today and :horizon and """ + IN_FORCE + """
                   ) as expiring,
                   (select count(*) from software) as software,
                   (select coalesce(sum(adoptions), 0) from adoption_count_by_software where status = 'ADOPTED')
                       as adoptions,
                   (select count(*) from adoption_count_by_partner c join partner p on p.id = c.partner_id
                     where c.status = 'ADOPTED' and c.adoptions > 0 and p.kind in ('CITY', 'REGENCY', 'PROVINCE'))
                       as adoptingRegions""")
    Totals totals(
            LocalDate fromDate,
            LocalDate toDate,
            String category,
            boolean filtered,
            LocalDate today,
            LocalDate horizon);

    @Query(nativeQuery = true, value = """
            select p.country as label, count(*) as count from partner p where """ + PARTNER_FILTER + """
            group by p.country order by count(*) desc, p.country""")
    List<LabelCount> partnersByCountry(LocalDate fromDate, LocalDate toDate, String category, boolean filtered);

    @Query(nativeQuery = true, value = """
            select p.province as label, count(*) as count from partner p
            where p.country = 'ID' and p.province is not null and """ + PARTNER_FILTER + """
            group by p.province order by count(*) desc, p.province""")
    List<LabelCount> partnersByProvince(LocalDate fromDate, LocalDate toDate, String category, boolean filtered);

    @Query(nativeQuery = true, value = """
            select a.category || coalesce(':' || a.obligation, '') as label, count(*) as count from agreement a
            where """ + AGREEMENT_FILTER + """
            group by a.category, a.obligation""")
    List<LabelCount> agreementsByCategory(LocalDate fromDate, LocalDate toDate, String category);

    @Query(nativeQuery = true, value = """
            select f.field as label, count(*) as count from agreement_field f join agreement a on a.id = f.agreement_id
            where """ + AGREEMENT_FILTER + """
            group by f.field""")
    List<LabelCount> agreementsByField(LocalDate fromDate, LocalDate toDate, String category);

    /** Unfiltered, the fields table alone answers: no join with a hundred thousand agreements. */
    @Query(nativeQuery = true, value = "select field as label, count(*) as count from agreement_field group by field")
    List<LabelCount> agreementsByField();

    /** date_part, not extract: extract returns numeric, which makes this count a third slower. */
    @Query(nativeQuery = true, value = """
            select cast(date_part('year', a.signed_on) as integer) as year, a.category as label, count(*) as count
            from agreement a where a.signed_on is not null and """ + AGREEMENT_FILTER + """
            group by 1, 2 order by 1""")
    List<YearCount> signedPerYear(LocalDate fromDate, LocalDate toDate, String category);

    @Query(nativeQuery = true, value = "select (" + STATUS + """
            ) as label, count(*) as count from agreement a where """ + AGREEMENT_FILTER + """
            group by 1""")
    List<LabelCount> agreementsByStatus(
            LocalDate fromDate, LocalDate toDate, String category, LocalDate today, LocalDate horizon);

    @Query(nativeQuery = true, value = """
            select s.id as id, s.name as label, c.adoptions as count
            from adoption_count_by_software c join software s on s.id = c.software_id
            where c.status = 'ADOPTED' and c.adoptions > 0
            order by c.adoptions desc, s.name limit :limit""")
    List<IdLabelCount> mostAdoptedSoftware(int limit);

    @Query(nativeQuery = true, value = """
            select status as label, coalesce(sum(adoptions), 0) as count from adoption_count_by_software
            group by status""")
    List<LabelCount> adoptionsByStatus();

    /** The partners of one category, the longest-standing first (those without a signing date last). */
    @Query(nativeQuery = true, value = """
            select p.name as name, p.country as country, min(date_part('year', a.signed_on))::int as since
            from agreement a join partner p on p.id = a.partner_id
            where a.category = :category
            group by p.id, p.name, p.country
            order by since nulls last, p.name
            limit :limit""")
    List<PartnerSinceRow> partnersOf(String category, int limit);

    interface PartnerSinceRow {
        String getName();

        String getCountry();

        Integer getSince();
    }

    interface Totals {
        long getPartners();

        long getActive();

        long getExpiring();

        long getSoftware();

        long getAdoptions();

        long getAdoptingRegions();
    }

    interface LabelCount {
        String getLabel();

        long getCount();
    }

    interface YearCount {
        int getYear();

        String getLabel();

        long getCount();
    }

    interface IdLabelCount {
        long getId();

        String getLabel();

        long getCount();
    }
}
