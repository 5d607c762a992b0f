package id.bandung.kerjasama.report;

import static id.bandung.kerjasama.report.ReportFixtures.KSDD_SUKARELA;
import static id.bandung.kerjasama.report.ReportFixtures.KSDD_WAJIB;
import static id.bandung.kerjasama.report.ReportFixtures.KSDLL;
import static id.bandung.kerjasama.report.ReportFixtures.KSDPK;
import static id.bandung.kerjasama.report.ReportFixtures.KSDPL;
import static org.assertj.core.api.Assertions.assertThat;

import id.bandung.kerjasama.agreement.AgreementStatus;
import id.bandung.kerjasama.agreement.ComplianceCheck;
import id.bandung.kerjasama.report.ReportPeriod.Part;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.SignIn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report's figures for the three periods of 2003 against the agreements of {@link ReportFixtures#year2003},
 * counted by hand (the briefing's facts carry no dates, so nothing else falls in 2003).
 */
@IntegrationTest
class GovernorReportQueriesTest {

    private static final ReportPeriod FIRST_HALF = ReportPeriod.of(2003, Part.FIRST_HALF);
    private static final ReportPeriod SECOND_HALF = ReportPeriod.of(2003, Part.SECOND_HALF);
    private static final ReportPeriod YEAR = ReportPeriod.of(2003, Part.WHOLE_YEAR);

    @Autowired
    GovernorReportQueries queries;

    @Autowired
    ReportFixtures fixtures;

    @Test
    void the_first_half_counts_what_was_in_force_on_its_last_day_and_what_happened_in_it() {
        fixtures.year2003();
        GovernorReport report = report(FIRST_HALF);

        assertThat(report.asOf()).isEqualTo(LocalDate.of(2003, 6, 30));
        // in force, signed, extended, ended, terminated, with a report, evaluations, Monev overdue
        assertThat(byKey(report))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        KSDD_WAJIB, List.of(1L, 1L, 0L, 0L, 0L, 1L, 1L, 0L),
                        // in force since 2001 with no Monev report in the twelve months before 30 June
                        KSDD_SUKARELA, List.of(1L, 0L, 0L, 0L, 0L, 0L, 0L, 1L),
                        KSDPK, List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L),
                        // the 1999 sister city was still the one in force: its successor was signed in November
                        KSDPL, List.of(1L, 0L, 0L, 0L, 1L, 0L, 0L, 1L),
                        KSDLL, List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)));
        assertThat(figures(report.total())).containsExactly(3L, 1L, 0L, 0L, 1L, 1L, 1L, 2L);
        assertThat(report.concerned()).isEqualTo(4);
    }

    @Test
    void the_second_half_counts_an_extension_chain_once_and_the_end_reached_in_it() {
        fixtures.year2003();
        GovernorReport report = report(SECOND_HALF);

        assertThat(report.asOf()).isEqualTo(LocalDate.of(2003, 12, 31));
        assertThat(byKey(report))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        KSDD_WAJIB, List.of(1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L),
                        KSDD_SUKARELA, List.of(0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L),
                        KSDPK, List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L),
                        // predecessor and successor both in force on 31 December: the chain counts once, and the
                        // predecessor's overdue Monev goes with it
                        KSDPL, List.of(1L, 1L, 1L, 0L, 0L, 0L, 0L, 0L),
                        KSDLL, List.of(1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L)));
        assertThat(report.concerned()).isEqualTo(5);
    }

    @Test
    void the_whole_year_adds_both_halves_events_and_counts_the_state_on_its_last_day() {
        fixtures.year2003();
        GovernorReport report = report(YEAR);

        assertThat(byKey(report))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        KSDD_WAJIB, List.of(1L, 1L, 0L, 0L, 0L, 1L, 1L, 0L),
                        KSDD_SUKARELA, List.of(0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L),
                        KSDPK, List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L),
                        KSDPL, List.of(1L, 1L, 1L, 0L, 1L, 0L, 0L, 0L),
                        KSDLL, List.of(1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L)));
        assertThat(figures(report.total())).containsExactly(3L, 3L, 1L, 1L, 1L, 1L, 1L, 0L);
        assertThat(report.concerned()).isEqualTo(6);
    }

    @Test
    void the_warnings_count_each_agreement_the_year_concerns_open_and_acknowledged() {
        fixtures.year2003();
        Map<ComplianceCheck, List<Long>> warnings = report(YEAR).warnings().stream()
                .collect(Collectors.toMap(
                        WarningCount::check, warning -> List.of(warning.open(), warning.acknowledged())));

        assertThat(warnings)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        ComplianceCheck.TERM_OVER_5Y, List.of(1L, 0L),
                        ComplianceCheck.PKS_WITHOUT_KB, List.of(0L, 0L),
                        ComplianceCheck.KSDD_WITHOUT_DPRD, List.of(0L, 0L),
                        ComplianceCheck.FOREIGN_WITHOUT_DPRD, List.of(4L, 0L),
                        ComplianceCheck.FOREIGN_WITHOUT_CENTRAL, List.of(4L, 0L),
                        ComplianceCheck.PROXY_WITHOUT_POWER, List.of(0L, 0L),
                        ComplianceCheck.NO_TKKSD_RECOMMENDATION, List.of(5L, 1L),
                        ComplianceCheck.NO_MONEV_12M, List.of(1L, 0L)));
        assertThat(report(YEAR).warnings()).extracting(WarningCount::check).containsExactly(ComplianceCheck.values());
    }

    @Test
    void the_detail_list_holds_the_agreements_of_the_period_by_category_with_status_monev_and_warnings() {
        ReportFixtures.Year2003 data = fixtures.year2003();
        List<ReportRow> rows = new ArrayList<>();
        SignIn.as(Roles.VIEWER, () -> queries.rows(FIRST_HALF, rows::add));

        assertThat(rows)
                .extracting(ReportRow::id)
                .containsExactly(
                        data.a().getId(),
                        data.b().getId(),
                        data.p().getId(),
                        data.c().getId());
        assertThat(rows)
                .extracting(ReportRow::status)
                .containsExactly(
                        AgreementStatus.ACTIVE,
                        AgreementStatus.EXPIRING,
                        AgreementStatus.ACTIVE,
                        AgreementStatus.TERMINATED);
        ReportRow a = rows.get(0);
        assertThat(a.title()).isEqualTo("Pengelolaan sampah bersama");
        assertThat(a.category()).isEqualTo(KSDD_WAJIB);
        assertThat(a.lastReportTo()).isEqualTo(LocalDate.of(2003, 6, 30));
        assertThat(a.monevDueOn()).isEqualTo(LocalDate.of(2004, 6, 30));
        assertThat(a.monevOverdue()).isFalse();
        assertThat(a.openWarnings()).containsExactly(ComplianceCheck.TERM_OVER_5Y);
        assertThat(a.acknowledged()).containsExactly(ComplianceCheck.NO_TKKSD_RECOMMENDATION);
        ReportRow p = rows.get(2);
        assertThat(p.lastReportTo()).isNull();
        assertThat(p.monevDueOn()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(p.monevOverdue()).isTrue();
        assertThat(p.openWarnings())
                .containsExactly(
                        ComplianceCheck.FOREIGN_WITHOUT_DPRD,
                        ComplianceCheck.FOREIGN_WITHOUT_CENTRAL,
                        ComplianceCheck.NO_TKKSD_RECOMMENDATION,
                        ComplianceCheck.NO_MONEV_12M);
        assertThat(p.acknowledged()).isEmpty();
    }

    @Test
    void a_period_without_agreements_is_empty() {
        fixtures.year2003();
        GovernorReport report = report(ReportPeriod.of(1995, Part.WHOLE_YEAR));
        assertThat(report.isEmpty()).isTrue();
        assertThat(report.categories()).extracting(CategoryFigures::key).containsExactlyElementsOf(CategoryKey.ALL);
    }

    private GovernorReport report(ReportPeriod period) {
        return SignIn.as(Roles.VIEWER, () -> queries.report(period));
    }

    private static Map<CategoryKey, List<Long>> byKey(GovernorReport report) {
        return report.categories().stream()
                .collect(Collectors.toMap(CategoryFigures::key, GovernorReportQueriesTest::figures));
    }

    private static List<Long> figures(CategoryFigures figures) {
        return List.of(
                figures.inForce(),
                figures.signed(),
                figures.extended(),
                figures.ended(),
                figures.terminated(),
                figures.withReport(),
                figures.evaluations(),
                figures.monevOverdue());
    }
}
