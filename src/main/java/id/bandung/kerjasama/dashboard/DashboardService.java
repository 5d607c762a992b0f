package id.bandung.kerjasama.dashboard;

import id.bandung.kerjasama.agreement.AgreementStatus;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.agreement.Obligation;
import id.bandung.kerjasama.live.LiveUpdates;
import id.bandung.kerjasama.partner.Province;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.software.AdoptionStatus;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statistics the mayor's office watches. The whole dashboard and the presentation's partner lists are also open
 * to display links (aggregate figures only); everything else needs a signed-in user. Every figure is one aggregate query in PostgreSQL (a GROUP BY, or the
 * adoption counts the database keeps); nothing is counted in Java. The whole dashboard is shared between screens only
 * until the next committed change (see {@link LiveUpdates#sharedUntilChange}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.ANY_SIGNED_IN)
public class DashboardService {

    static final int TOP_SOFTWARE = 10;
    private static final int THREADS = 4;

    private final DashboardRepository repository;
    private final Clock clock;
    private final LiveUpdates live;
    private final TransactionTemplate readOnly;
    private final ExecutorService queries = Executors.newFixedThreadPool(THREADS, runnable -> {
        Thread thread = new Thread(runnable, "dashboard-query");
        thread.setDaemon(true);
        return thread;
    });

    DashboardService(
            DashboardRepository repository, Clock clock, PlatformTransactionManager transactions, LiveUpdates live) {
        this.repository = repository;
        this.live = live;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The whole dashboard. Its queries run side by side, each in its own read-only transaction, so the dashboard
     * takes about as long as its slowest query rather than their sum.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize(Roles.STATISTICS)
    public DashboardFigures figures(DashboardFilter filter) {
        // Fifty screens refreshing after one save ask the same questions: they share one answer until the next change.
        return live.sharedUntilChange(
                List.of("dashboard", filter, LocalDate.now(clock)), () -> figuresFromDatabase(filter));
    }

    /** The whole dashboard straight from the database, shared with no one: what the first screen after a change costs. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public DashboardFigures figuresFromDatabase(DashboardFilter filter) {
        var headline = query(() -> headlineOf(filter));
        var countries = query(() -> countriesOf(filter));
        var categories = query(() -> categoriesOf(filter));
        var fields = query(() -> fieldsOf(filter));
        var years = query(() -> yearsOf(filter));
        var software = query(this::topSoftware);
        var adoptions = query(this::adoptionStatuses);
        var provinces = query(() -> provincesOf(filter));
        var statuses = query(() -> statusesOf(filter));
        return new DashboardFigures(
                headline.join(),
                countries.join(),
                categories.join(),
                fields.join(),
                years.join(),
                software.join(),
                adoptions.join(),
                provinces.join(),
                statuses.join(),
                clock.instant());
    }

    public HeadlineFigures headline(DashboardFilter filter) {
        return headlineOf(filter);
    }

    private HeadlineFigures headlineOf(DashboardFilter filter) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> perCategory =
                repository.partnersPerCategory(filter.fromDate(), filter.toDate(), category(filter)).stream()
                        .collect(Collectors.toMap(
                                DashboardRepository.LabelCount::getLabel, DashboardRepository.LabelCount::getCount));
        DashboardRepository.Totals totals = repository.totals(
                filter.fromDate(),
                filter.toDate(),
                category(filter),
                !filter.isNone(),
                today,
                today.plusDays(AgreementStatus.EXPIRING_WITHIN_DAYS));
        return new HeadlineFigures(
                totals.getPartners(),
                perCategory.getOrDefault("KSDD", 0L),
                perCategory.getOrDefault("KSDPL", 0L),
                perCategory.getOrDefault("KSDLL", 0L),
                totals.getActive(),
                totals.getExpiring(),
                totals.getSoftware(),
                totals.getAdoptions(),
                totals.getAdoptingRegions());
    }

    private <T> CompletableFuture<T> query(Supplier<T> work) {
        return CompletableFuture.supplyAsync(() -> readOnly.execute(status -> work.get()), queries);
    }

    @PreDestroy
    void stop() {
        queries.shutdownNow();
    }

    /**
     * The partners of one category for the presentation, longest-standing first, at most {@code limit}; the
     * headline cards give their number.
     */
    @PreAuthorize(Roles.STATISTICS)
    public List<PartnerSince> partnersOf(Category category, int limit) {
        return live.sharedUntilChange(
                List.of("partners-of", category, limit),
                () -> repository.partnersOf(category.name(), limit).stream()
                        .map(row -> new PartnerSince(row.getName(), row.getCountry(), row.getSince()))
                        .toList());
    }

    /** Partners per country (ISO code), most first. */
    public List<Count<String>> partnersByCountry(DashboardFilter filter) {
        return countriesOf(filter);
    }

    private List<Count<String>> countriesOf(DashboardFilter filter) {
        return repository
                .partnersByCountry(filter.fromDate(), filter.toDate(), category(filter), !filter.isNone())
                .stream()
                .map(row -> new Count<>(row.getLabel(), row.getCount()))
                .toList();
    }

    /** Indonesian partners per province, most first. */
    public List<Count<Province>> partnersByProvince(DashboardFilter filter) {
        return provincesOf(filter);
    }

    private List<Count<Province>> provincesOf(DashboardFilter filter) {
        return repository
                .partnersByProvince(filter.fromDate(), filter.toDate(), category(filter), !filter.isNone())
                .stream()
                .map(row -> new Count<>(Province.valueOf(row.getLabel()), row.getCount()))
                .toList();
    }

    /** Agreements per category, regional cooperation split into mandatory and voluntary. */
    public List<Count<CategoryKey>> agreementsByCategory(DashboardFilter filter) {
        return categoriesOf(filter);
    }

    private List<Count<CategoryKey>> categoriesOf(DashboardFilter filter) {
        return repository.agreementsByCategory(filter.fromDate(), filter.toDate(), category(filter)).stream()
                .map(row -> new Count<>(CategoryKey.parse(row.getLabel()), row.getCount()))
                .toList();
    }

    public List<Count<CooperationField>> agreementsByField(DashboardFilter filter) {
        return fieldsOf(filter);
    }

    private List<Count<CooperationField>> fieldsOf(DashboardFilter filter) {
        var rows = filter.isNone()
                ? repository.agreementsByField()
                : repository.agreementsByField(filter.fromDate(), filter.toDate(), category(filter));
        return rows.stream()
                .map(row -> new Count<>(CooperationField.valueOf(row.getLabel()), row.getCount()))
                .toList();
    }

    /** Agreements signed per year and category, oldest year first. */
    public List<YearCount> signedPerYear(DashboardFilter filter) {
        return yearsOf(filter);
    }

    private List<YearCount> yearsOf(DashboardFilter filter) {
        return repository.signedPerYear(filter.fromDate(), filter.toDate(), category(filter)).stream()
                .map(row -> new YearCount(row.getYear(), Category.valueOf(row.getLabel()), row.getCount()))
                .toList();
    }

    public List<Count<AgreementStatus>> agreementsByStatus(DashboardFilter filter) {
        return statusesOf(filter);
    }

    private List<Count<AgreementStatus>> statusesOf(DashboardFilter filter) {
        LocalDate today = LocalDate.now(clock);
        return repository
                .agreementsByStatus(
                        filter.fromDate(),
                        filter.toDate(),
                        category(filter),
                        today,
                        today.plusDays(AgreementStatus.EXPIRING_WITHIN_DAYS))
                .stream()
                .map(row -> new Count<>(AgreementStatus.valueOf(row.getLabel()), row.getCount()))
                .toList();
    }

    /** The applications adopted by the most partners. Adoptions are not tied to a period or category. */
    public List<SoftwareCount> mostAdoptedSoftware() {
        return topSoftware();
    }

    private List<SoftwareCount> topSoftware() {
        return repository.mostAdoptedSoftware(TOP_SOFTWARE).stream()
                .map(row -> new SoftwareCount(row.getId(), row.getLabel(), row.getCount()))
                .toList();
    }

    public List<Count<AdoptionStatus>> adoptionsByStatus() {
        return adoptionStatuses();
    }

    private List<Count<AdoptionStatus>> adoptionStatuses() {
        return repository.adoptionsByStatus().stream()
                .map(row -> new Count<>(AdoptionStatus.valueOf(row.getLabel()), row.getCount()))
                .toList();
    }

    private static String category(DashboardFilter filter) {
        return filter.category() == null ? null : filter.category().name();
    }

    /** A category, with the obligation for regional cooperation. */
    public record CategoryKey(Category category, Obligation obligation) {

        static CategoryKey parse(String label) {
            String[] parts = label.split(":");
            return new CategoryKey(Category.valueOf(parts[0]), parts.length > 1 ? Obligation.valueOf(parts[1]) : null);
        }
    }
}
