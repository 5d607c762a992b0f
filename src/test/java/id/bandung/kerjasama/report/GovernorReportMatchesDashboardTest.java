package id.bandung.kerjasama.report;

import static id.bandung.kerjasama.report.ReportFixtures.KSDD_SUKARELA;
import static id.bandung.kerjasama.report.ReportFixtures.KSDD_WAJIB;
import static id.bandung.kerjasama.report.ReportFixtures.KSDLL;
import static id.bandung.kerjasama.report.ReportFixtures.KSDPK;
import static id.bandung.kerjasama.report.ReportFixtures.KSDPL;
import static org.assertj.core.api.Assertions.assertThat;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementStatus;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.dashboard.Count;
import id.bandung.kerjasama.dashboard.DashboardFilter;
import id.bandung.kerjasama.dashboard.DashboardQueriesForBenchmark;
import id.bandung.kerjasama.dashboard.HeadlineFigures;
import id.bandung.kerjasama.dashboard.YearCount;
import id.bandung.kerjasama.report.ReportPeriod.Part;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.SignIn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The figures the report shares with the dashboard equal the dashboard's for the same period (decision 024): the
 * agreements signed in a year, per category, equal the dashboard filtered to that year (its category chart and its
 * signed-per-year chart), and the agreements in force in the running year, per category and in all, equal the
 * dashboard's "in force" (active and expiring) today, unfiltered and filtered by category. The data hold an extension
 * chain with a signed successor, one with a successor not signed yet, a terminated and an undated agreement.
 * The dashboard has no half-years, extensions, ends, terminations, Monev or warnings per period: those are checked
 * against hand counts in {@code GovernorReportQueriesTest}.
 */
@IntegrationTest
class GovernorReportMatchesDashboardTest {

    @Autowired
    GovernorReportQueries queries;

    @Autowired
    ReportFixtures fixtures;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @Test
    void signed_in_a_year_and_in_force_now_equal_the_dashboard_for_that_year() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        fixtures.agreement(KSDD_WAJIB, "Transportasi bersama", newYear, newYear, today.plusYears(2));
        fixtures.agreement(KSDD_SUKARELA, "Promosi UMKM", newYear.minusYears(1), null, today.plusDays(30));
        fixtures.terminate(
                fixtures.agreement(KSDPK, "Kerja sama riset", newYear.minusYears(2), null, today.plusYears(1)), today);
        fixtures.undated(KSDPK, "Kerja sama lama tanpa tanggal");
        fixtures.agreement(KSDLL, "Kerja sama teknis air bersih", newYear.minusYears(1), null, null);
        // a chain whose successor is signed (it stands for the chain) and one whose successor is not yet
        Agreement sisterCity =
                fixtures.agreement(KSDPL, "Sister city", newYear.minusYears(4), null, today.plusDays(30));
        fixtures.sign(fixtures.extend(sisterCity), newYear);
        Agreement technical =
                fixtures.agreement(KSDLL, "Kerja sama teknis sampah", newYear.minusYears(2), null, today.plusDays(60));
        fixtures.extend(technical);

        DashboardQueriesForBenchmark dashboard = new DashboardQueriesForBenchmark(context);
        DashboardFilter thatYear = new DashboardFilter(year, year, null);
        GovernorReport report = SignIn.as(Roles.VIEWER, () -> queries.report(ReportPeriod.of(year, Part.WHOLE_YEAR)));
        assertThat(report.asOf()).isEqualTo(today);

        Map<CategoryKey, Long> signed = report.categories().stream()
                .filter(figures -> figures.signed() != 0)
                .collect(Collectors.toMap(CategoryFigures::key, CategoryFigures::signed));
        Map<CategoryKey, Long> dashboardSigned = dashboard.agreementsByCategory(thatYear).stream()
                .collect(Collectors.toMap(
                        count -> new CategoryKey(
                                count.key().category(), count.key().obligation()),
                        Count::count));
        assertThat(signed).isEqualTo(dashboardSigned).containsOnlyKeys(KSDD_WAJIB, KSDPL);
        assertThat(report.total().signed())
                .isEqualTo(dashboard.signedPerYear(thatYear).stream()
                        .mapToLong(YearCount::count)
                        .sum())
                .isEqualTo(2);

        HeadlineFigures now = dashboard.headline(DashboardFilter.none());
        assertThat(report.total().inForce())
                .isEqualTo(now.active() + now.expiring())
                .isEqualTo(dashboard.agreementsByStatus(DashboardFilter.none()).stream()
                        .filter(count ->
                                count.key() == AgreementStatus.ACTIVE || count.key() == AgreementStatus.EXPIRING)
                        .mapToLong(Count::count)
                        .sum())
                .isEqualTo(5);
        for (Category category : Category.values()) {
            HeadlineFigures ofCategory = dashboard.headline(new DashboardFilter(null, null, category));
            assertThat(report.categories().stream()
                            .filter(figures -> figures.key().category() == category)
                            .mapToLong(CategoryFigures::inForce)
                            .sum())
                    .as(category.name())
                    .isEqualTo(ofCategory.active() + ofCategory.expiring());
        }

        // what the dashboard does not show, by hand: two extensions today, one termination today
        assertThat(report.categories().stream()
                        .filter(figures -> figures.extended() + figures.terminated() != 0)
                        .collect(Collectors.toMap(
                                CategoryFigures::key, figures -> figures.extended() + "/" + figures.terminated())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(KSDPL, "1/0", KSDLL, "1/0", KSDPK, "0/1"));
    }
}
