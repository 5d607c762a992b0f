package id.bandung.kerjasama.dashboard;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.Category;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.LocalDate;
import java.util.List;

/** The dashboard's read model: aggregate queries only, every number counted by PostgreSQL. */
interface DashboardRepository extends Repository<Agreement, Long> {

    @Query("""
            select a.category as category, count(distinct a.partner.id) as partners
            from Agreement a
            group by a.category""")
    List<CategoryCount> partnersPerCategory();

    /** "In force" repeats AgreementStatus.inForce() in SQL: signed, not terminated, not ended. */
    @Query(nativeQuery = true, value = """
            select (select count(*) from partner) as partners,
                   (select count(*) from agreement) as agreements,
                   (select count(*) from agreement
                     where signed_on is not null
                       and (terminated_on is null or terminated_on > :today)
                       and (end_on is null or end_on >= :today)) as agreementsInForce,
                   (select count(*) from software) as software,
                   (select count(*) from adoption) as adoptions""")
    Totals totals(LocalDate today);

    interface CategoryCount {
        Category getCategory();

        long getPartners();
    }

    interface Totals {
        long getPartners();

        long getAgreements();

        long getAgreementsInForce();

        long getSoftware();

        long getAdoptions();
    }
}
