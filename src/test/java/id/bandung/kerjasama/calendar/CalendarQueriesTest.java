package id.bandung.kerjasama.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.calendar.CalendarEntry.Kind;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The calendar's rules on hand-built agreements, dated from today: the briefing's facts have no dates, so they add no
 * entry, and each expectation is the whole calendar.
 */
@IntegrationTest
class CalendarQueriesTest {

    private static final int ALL = 1_000;

    @Autowired
    CalendarQueries calendar;

    @Autowired
    AgreementService agreements;

    @Autowired
    PartnerService partners;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    LocalDate today;
    Partner partner;

    @BeforeEach
    void partner() {
        today = LocalDate.now(clock);
        partner = SignIn.as(
                Roles.STAFF,
                () -> partners.save(new Partner(Records.unique("Kota Kalender"), PartnerKind.FOREIGN_CITY, "JP")));
    }

    @Test
    void the_briefing_facts_have_no_dates_and_put_nothing_in_the_calendar() {
        assertThat(viewer(() -> calendar.overdue(ALL)).total()).isZero();
        assertThat(viewer(() -> calendar.upcoming(today.plusMonths(12), ALL)).total())
                .isZero();
    }

    @Test
    void an_agreement_in_force_has_its_end_its_next_report_and_its_extension_deadline() {
        LocalDate start = today.minusMonths(6);
        LocalDate end = today.plusMonths(8);
        Agreement agreement = agreement("Sister city berjalan", start, end);

        assertThat(viewer(() -> calendar.upcoming(today.plusMonths(12), ALL)).entries())
                .containsExactly(
                        entry(end.minus(CalendarQueries.EXTENSION_LEAD), Kind.EXTENSION_DEADLINE, agreement),
                        entry(start.plusMonths(12), Kind.REPORT_DUE, agreement),
                        entry(end, Kind.END, agreement));
        assertThat(viewer(() -> calendar.upcoming(today.plusMonths(3), ALL)).entries())
                .containsExactly(entry(end.minus(CalendarQueries.EXTENSION_LEAD), Kind.EXTENSION_DEADLINE, agreement));
        assertThat(viewer(() -> calendar.overdue(ALL)).total()).isZero();
    }

    @Test
    void the_latest_report_moves_the_due_date_and_a_late_report_is_overdue() {
        LocalDate start = today.minusYears(2);
        Agreement agreement = agreement("Kerja sama dengan laporan", start, today.plusYears(3));
        assertThat(viewer(() -> calendar.overdue(ALL)).entries())
                .containsExactly(entry(start.plusMonths(12), Kind.REPORT_DUE, agreement));

        report(agreement, today.minusMonths(20), today.minusMonths(14));

        assertThat(viewer(() -> calendar.overdue(ALL)).entries())
                .containsExactly(entry(today.minusMonths(14).plusMonths(12), Kind.REPORT_DUE, agreement));
        report(agreement, today.minusMonths(14), today.minusMonths(1));
        assertThat(viewer(() -> calendar.overdue(ALL)).total()).isZero();
        assertThat(viewer(() -> calendar.upcoming(today.plusMonths(12), ALL)).entries())
                .containsExactly(entry(today.minusMonths(1).plusMonths(12), Kind.REPORT_DUE, agreement));
    }

    @Test
    void an_extended_predecessor_has_no_end_or_deadline_and_its_successor_takes_over_once_signed() {
        Agreement old = agreement("Kerja sama diperpanjang", today.minusMonths(10), today.plusMonths(3));
        assertThat(kinds(old)).containsExactly(Kind.EXTENSION_DEADLINE, Kind.REPORT_DUE, Kind.END);

        Agreement successor = SignIn.as(Roles.STAFF, () -> agreements.extend(old.getId(), old.getVersion()));

        assertThat(kinds(old)).containsExactly(Kind.REPORT_DUE); // reports are due while it is in force
        assertThat(kinds(successor)).isEmpty(); // a proposal, not in force
        successor.setSignedOn(today.minusDays(1));
        Agreement signed = SignIn.as(Roles.STAFF, () -> agreements.save(successor));
        assertThat(kinds(signed)).contains(Kind.EXTENSION_DEADLINE, Kind.END);
        // The chain decides, not only the stage: sample data keeps its predecessors "in force".
        jdbc.update("update agreement set stage = 'IN_FORCE' where id = ?", old.getId());
        assertThat(kinds(old)).containsExactly(Kind.REPORT_DUE);
    }

    @Test
    void a_terminated_agreement_has_nothing_in_the_calendar() {
        Agreement agreement = agreement("Kerja sama diakhiri", today.minusMonths(18), today.plusMonths(4));
        assertThat(kinds(agreement)).containsExactly(Kind.REPORT_DUE, Kind.EXTENSION_DEADLINE, Kind.END);

        agreement.setTerminatedOn(today.minusDays(1));
        agreement.setTerminationReason("Mitra mengundurkan diri");
        SignIn.as(Roles.STAFF, () -> agreements.save(agreement));

        assertThat(kinds(agreement)).isEmpty();
    }

    @Test
    void a_passed_deadline_is_overdue_and_an_agreement_shorter_than_the_lead_has_no_deadline() {
        LocalDate end = today.plusMonths(4);
        Agreement late = agreement("Perpanjangan terlambat", today.minusYears(1).plusMonths(5), end);
        Agreement shortOne = agreement("Kerja sama singkat", today.minusMonths(1), today.plusMonths(4));

        assertThat(viewer(() -> calendar.overdue(ALL)).entries())
                .containsExactly(entry(end.minus(CalendarQueries.EXTENSION_LEAD), Kind.EXTENSION_DEADLINE, late));
        assertThat(kinds(shortOne)).containsExactly(Kind.END);
    }

    @Test
    void a_part_of_the_calendar_gives_its_first_entries_and_counts_them_all() {
        Agreement first = agreement("Pertama", today.minusMonths(7), today.plusMonths(7));
        Agreement second = agreement("Kedua", today.minusMonths(7), today.plusMonths(8));

        CalendarEntries two = viewer(() -> calendar.upcoming(today.plusMonths(12), 2));

        assertThat(two.entries())
                .extracting(CalendarEntry::agreementId, CalendarEntry::kind)
                .containsExactly(
                        tuple(first.getId(), Kind.EXTENSION_DEADLINE), tuple(second.getId(), Kind.EXTENSION_DEADLINE));
        assertThat(two.total()).isEqualTo(6);
        assertThat(two.more()).isEqualTo(4);
        LocalDate due = today.minusMonths(7).plusMonths(12);
        assertThat(viewer(() -> calendar.between(due, due, ALL)).entries())
                .containsExactly(entry(due, Kind.REPORT_DUE, first), entry(due, Kind.REPORT_DUE, second));
    }

    private Agreement agreement(String title, LocalDate start, LocalDate end) {
        Agreement agreement = new Agreement(partner, Category.KSDPL, null, title);
        agreement.setDocumentKind(DocumentKind.KESEPAKATAN_BERSAMA);
        agreement.setFields(EnumSet.of(CooperationField.PENDIDIKAN));
        agreement.setSignedOn(start);
        agreement.setStartOn(start);
        agreement.setEndOn(end);
        agreement.markInForceBeforeTheRegister();
        return SignIn.as(Roles.STAFF, () -> agreements.save(agreement));
    }

    private void report(Agreement agreement, LocalDate from, LocalDate to) {
        jdbc.update(
                "insert into monev_report (created_at, created_by, updated_at, updated_by, agreement_id, period_from,"
                        + " period_to, activities, responsible_unit, person_in_charge)"
                        + " values (now(), 'test', now(), 'test', ?, ?, ?, 'Kegiatan', 'Bagian Kerja Sama', 'Staf')",
                agreement.getId(),
                from,
                to);
    }

    private List<Kind> kinds(Agreement agreement) {
        return viewer(() -> calendar.between(today.minusYears(10), today.plusYears(10), ALL)).entries().stream()
                .filter(entry -> entry.agreementId() == agreement.getId())
                .map(CalendarEntry::kind)
                .toList();
    }

    private CalendarEntry entry(LocalDate date, Kind kind, Agreement agreement) {
        return new CalendarEntry(
                date, kind, agreement.getId(), agreement.getTitle(), partner.getName(), Category.KSDPL);
    }

    private static <T> T viewer(java.util.function.Supplier<T> work) {
        return SignIn.as(Roles.VIEWER, work);
    }
}
