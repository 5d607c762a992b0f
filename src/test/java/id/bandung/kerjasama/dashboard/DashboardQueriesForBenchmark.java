package id.bandung.kerjasama.dashboard;

import id.bandung.kerjasama.agreement.AgreementStatus;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.dashboard.DashboardService.CategoryKey;
import id.bandung.kerjasama.partner.Province;
import id.bandung.kerjasama.software.AdoptionStatus;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * The dashboard's queries one by one, and the whole dashboard unshared, for the benchmark, which times each chart.
 * The app reaches them only through {@link DashboardService}; this test-side door keeps them out of its API.
 */
public final class DashboardQueriesForBenchmark {

    private final DashboardQueries queries;
    private final DashboardService service;

    public DashboardQueriesForBenchmark(ApplicationContext context) {
        this.queries = context.getBean(DashboardQueries.class);
        this.service = context.getBean(DashboardService.class);
    }

    /** The whole dashboard straight from the database, shared with no one: what the first screen after a change costs. */
    public DashboardFigures figuresFromDatabase(DashboardFilter filter) {
        return service.figuresFromDatabase(filter);
    }

    public HeadlineFigures headline(DashboardFilter filter) {
        return queries.headline(filter);
    }

    public long[] monev(DashboardFilter filter) {
        return queries.monev(filter);
    }

    public List<Count<String>> partnersByCountry(DashboardFilter filter) {
        return queries.partnersByCountry(filter);
    }

    public List<Count<Province>> partnersByProvince(DashboardFilter filter) {
        return queries.partnersByProvince(filter);
    }

    public List<Count<CategoryKey>> agreementsByCategory(DashboardFilter filter) {
        return queries.agreementsByCategory(filter);
    }

    public List<Count<CooperationField>> agreementsByField(DashboardFilter filter) {
        return queries.agreementsByField(filter);
    }

    public List<YearCount> signedPerYear(DashboardFilter filter) {
        return queries.signedPerYear(filter);
    }

    public List<Count<AgreementStatus>> agreementsByStatus(DashboardFilter filter) {
        return queries.agreementsByStatus(filter);
    }

    public List<SoftwareCount> mostAdoptedSoftware() {
        return queries.mostAdoptedSoftware();
    }

    public List<Count<AdoptionStatus>> adoptionsByStatus() {
        return queries.adoptionsByStatus();
    }

    public PartnerLocations locations(DashboardFilter filter) {
        return queries.locations(filter);
    }

    public PartnerLocations publicLocations(int named) {
        return queries.publicLocations(named);
    }
}
