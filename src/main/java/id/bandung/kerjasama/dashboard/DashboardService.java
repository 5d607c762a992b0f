package id.bandung.kerjasama.dashboard;

import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.Obligation;
import id.bandung.kerjasama.live.LiveUpdates;
import id.bandung.kerjasama.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The statistics the mayor's office watches. The whole dashboard and the presentation's partner lists are also open
 * to display links (aggregate figures only). Every figure is one aggregate query in PostgreSQL
 * ({@link DashboardQueries}); nothing is counted in Java. The whole dashboard is shared between screens only until the
 * next committed change (see {@link LiveUpdates#sharedUntilChange}).
 */
@Service
public class DashboardService {

    private final DashboardQueries queries;
    private final Clock clock;
    private final LiveUpdates live;
    private final TaskExecutor executor;

    /** @param executor Spring Boot's task executor, on which the dashboard's queries run side by side */
    DashboardService(
            DashboardQueries queries,
            Clock clock,
            LiveUpdates live,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) TaskExecutor executor) {
        this.queries = queries;
        this.clock = clock;
        this.live = live;
        this.executor = executor;
    }

    /** The whole dashboard for {@code filter}. */
    @PreAuthorize(Roles.STATISTICS)
    public DashboardFigures figures(DashboardFilter filter) {
        // Fifty screens refreshing after one save ask the same questions: they share one answer until the next change.
        return live.sharedUntilChange(
                List.of("dashboard", filter, LocalDate.now(clock)), () -> figuresFromDatabase(filter));
    }

    /**
     * The partners of one category for the presentation, longest-standing first, at most {@code limit}; the
     * headline figures give their number.
     */
    @PreAuthorize(Roles.STATISTICS)
    public List<PartnerSince> partnersOf(Category category, int limit) {
        return live.sharedUntilChange(
                List.of("partners-of", category, limit), () -> queries.partnersOf(category, limit));
    }

    /**
     * The partners the filter selects, each with its place and what it is on the map, and how many lack coordinates;
     * for signed-in users only (the markers carry every partner's name).
     */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public PartnerLocations locations(DashboardFilter filter) {
        return live.sharedUntilChange(List.of("locations", filter), () -> queries.locations(filter));
    }

    /**
     * The presentation's map, also for display links: every partner with coordinates as a dot of its kind, without
     * its id, named only if it is among the first {@code named} sister cities or technical partners (those the list
     * slides name), and the number without coordinates.
     */
    @PreAuthorize(Roles.STATISTICS)
    public PartnerLocations publicLocations(int named) {
        return live.sharedUntilChange(List.of("public-locations", named), () -> queries.publicLocations(named));
    }

    /**
     * The whole dashboard straight from the database, shared with no one: what the first screen after a change
     * costs. Its queries run side by side, each in its own read-only transaction, so the dashboard takes about as
     * long as its slowest query rather than their sum.
     */
    DashboardFigures figuresFromDatabase(DashboardFilter filter) {
        var headline = query(() -> queries.headline(filter));
        var monev = query(() -> queries.monev(filter));
        var countries = query(() -> queries.partnersByCountry(filter));
        var categories = query(() -> queries.agreementsByCategory(filter));
        var fields = query(() -> queries.agreementsByField(filter));
        var years = query(() -> queries.signedPerYear(filter));
        var software = query(queries::mostAdoptedSoftware);
        var adoptions = query(queries::adoptionsByStatus);
        var provinces = query(() -> queries.partnersByProvince(filter));
        var statuses = query(() -> queries.agreementsByStatus(filter));
        return new DashboardFigures(
                headline.join().withMonev(monev.join()),
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

    private <T> CompletableFuture<T> query(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, executor);
    }

    /** A category, with the obligation for regional cooperation. */
    public record CategoryKey(Category category, Obligation obligation) {

        static CategoryKey of(String category, String obligation) {
            return new CategoryKey(
                    Category.valueOf(category), obligation == null ? null : Obligation.valueOf(obligation));
        }
    }
}
