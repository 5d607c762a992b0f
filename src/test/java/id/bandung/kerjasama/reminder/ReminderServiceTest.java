package id.bandung.kerjasama.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.monitoring.MonevService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily reminder job on PostgreSQL: the tiers before an agreement ends and a report falls due, each written once,
 * the inbox of the staff and administrators, and the reminders cleared by extending, terminating, moving the end date
 * or writing the report. (Without SMTP in this context: no e-mail is queued; ReminderMailTest sends them.)
 */
@IntegrationTest
class ReminderServiceTest {

    @Autowired
    ReminderService reminders;

    @Autowired
    AgreementService agreements;

    @Autowired
    MonevService monev;

    @Autowired
    Records records;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void an_agreement_ending_soon_is_reminded_of_once_at_its_nearest_tier_in_every_staff_and_admin_inbox() {
        LocalDate today = LocalDate.now(clock);
        Agreement far = endingIn(200, "Jauh");
        Agreement at180 = endingIn(150, "Seratus delapan puluh");
        Agreement at90 = endingIn(90, "Sembilan puluh");
        Agreement at30 = endingIn(12, "Tiga puluh");
        Agreement today0 = endingIn(0, "Hari ini");
        Agreement expired = endingIn(-1, "Sudah lewat");

        ReminderRun first = SignIn.as(Roles.ADMIN, () -> reminders.runDaily());

        assertThat(first.ran()).isTrue();
        assertThat(endingTiers(far, at180, at90, at30, today0, expired))
                .containsExactly(
                        at180.getId() + ":180", at90.getId() + ":90", at30.getId() + ":30", today0.getId() + ":0");
        // Two sample accounts may receive reminders (staf and admin); the viewer pimpinan gets none.
        assertThat(first.reminders()).isEqualTo(4);
        assertThat(first.inboxEntries()).isEqualTo(8);
        assertThat(first.mailsQueued()).isZero();

        ReminderRun second = SignIn.as(Roles.ADMIN, () -> reminders.runDaily());
        assertThat(second.reminders()).isZero();
        assertThat(second.inboxEntries()).isZero();

        List<InboxEntry> inbox = SignIn.as("staf", Roles.STAFF, () -> reminders.inbox(50));
        assertThat(inbox)
                .extracting(InboxEntry::agreementId)
                .containsExactlyInAnyOrder(at180.getId(), at90.getId(), at30.getId(), today0.getId());
        assertThat(inbox).allSatisfy(entry -> assertThat(entry.read()).isFalse());
        InboxEntry nearest = inbox.stream()
                .filter(entry -> entry.agreementId() == today0.getId())
                .findFirst()
                .orElseThrow();
        assertThat(nearest.kind()).isEqualTo(ReminderKind.ENDING);
        assertThat(nearest.dueOn()).isEqualTo(today);
        assertThat(nearest.agreementTitle()).isEqualTo(today0.getTitle());
        assertThat(SignIn.as("staf", Roles.STAFF, () -> reminders.unreadCount()))
                .isEqualTo(4);
        assertThat(SignIn.as(
                        "pimpinan",
                        Roles.VIEWER,
                        () -> jdbc.queryForObject(
                                "select count(*) from reminder_inbox where username = 'pimpinan'", Integer.class)))
                .isZero();

        assertThat(SignIn.as("staf", Roles.STAFF, () -> reminders.markRead(nearest.id())))
                .isTrue();
        // Someone else's entry is left alone.
        assertThat(SignIn.as("admin", Roles.ADMIN, () -> reminders.markRead(nearest.id())))
                .isFalse();
        assertThat(SignIn.as("staf", Roles.STAFF, () -> reminders.unreadCount()))
                .isEqualTo(3);
        assertThat(SignIn.as("admin", Roles.ADMIN, () -> reminders.unreadCount()))
                .isEqualTo(4);
        assertThat(SignIn.as("staf", Roles.STAFF, () -> reminders.markAllRead()))
                .isEqualTo(3);
        assertThat(SignIn.as("staf", Roles.STAFF, () -> reminders.unreadCount()))
                .isZero();
    }

    @Test
    void extending_terminating_or_moving_the_end_clears_pending_reminders_and_the_next_run_adds_none_for_them() {
        LocalDate today = LocalDate.now(clock);
        Agreement extended = endingIn(20, "Diperpanjang");
        Agreement terminated = endingIn(25, "Diakhiri");
        Agreement moved = endingIn(80, "Diundur");
        SignIn.as(Roles.ADMIN, () -> reminders.runDaily());
        assertThat(SignIn.as("staf", Roles.STAFF, () -> reminders.unreadCount()))
                .isEqualTo(3);

        Agreement current =
                SignIn.as(Roles.STAFF, () -> agreements.find(extended.getId())).orElseThrow();
        SignIn.as(Roles.STAFF, () -> agreements.extend(current.getId(), current.getVersion()));
        Agreement ending = SignIn.as(Roles.STAFF, () -> agreements.find(terminated.getId()))
                .orElseThrow();
        ending.setTerminatedOn(today);
        ending.setTerminationReason("Kesepakatan kedua pihak");
        SignIn.as(Roles.STAFF, () -> agreements.save(ending));
        Agreement later =
                SignIn.as(Roles.STAFF, () -> agreements.find(moved.getId())).orElseThrow();
        later.setEndOn(today.plusDays(400));
        SignIn.as(Roles.STAFF, () -> agreements.save(later));

        assertThat(SignIn.as("staf", Roles.STAFF, () -> reminders.unreadCount()))
                .isZero();
        assertThat(SignIn.as("staf", Roles.STAFF, () -> reminders.inbox(50))).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from reminder where agreement_id in (?, ?, ?) and cleared_at is null",
                        Integer.class,
                        extended.getId(),
                        terminated.getId(),
                        moved.getId()))
                .isZero();
        ReminderRun again = SignIn.as(Roles.ADMIN, () -> reminders.runDaily());
        // The successor of the extended agreement is not signed yet; nothing is in force and ending soon.
        assertThat(again.reminders()).isZero();
    }

    @Test
    void a_report_due_within_thirty_days_is_reminded_of_and_writing_the_report_clears_it() {
        LocalDate today = LocalDate.now(clock);
        // Started eleven months and a half ago, no report yet: the first report is due in about two weeks.
        Agreement young = signed(today.minusMonths(12).plusDays(14), today.plusYears(3), "Laporan pertama");
        // Reported on a period ending eleven months ago: due in a month's time, within the tier.
        Agreement reported = signed(today.minusYears(3), today.plusYears(2), "Laporan berikutnya");
        SignIn.as(
                Roles.STAFF,
                () -> monev.save(Records.monevReport(
                        reported, today.minusMonths(13), today.minusMonths(12).plusDays(29))));
        // Overdue for a year: the compliance warning flags it; no reminder floods the inbox.
        Agreement longOverdue = signed(today.minusYears(3), today.plusYears(2), "Lama terlambat");

        SignIn.as(Roles.ADMIN, () -> reminders.runDaily());

        assertThat(jdbc.queryForList(
                        "select agreement_id || ':' || tier || ':' || due_on from reminder where kind = 'REPORT_DUE'"
                                + " and agreement_id in (?, ?, ?) order by agreement_id",
                        String.class,
                        young.getId(),
                        reported.getId(),
                        longOverdue.getId()))
                .containsExactly(
                        young.getId() + ":30:" + today.plusDays(14), reported.getId() + ":30:" + today.plusDays(29));

        SignIn.as(Roles.STAFF, () -> monev.save(Records.monevReport(young, today.minusMonths(6), today.minusDays(1))));
        assertThat(SignIn.as("staf", Roles.STAFF, () -> reminders.inbox(50)))
                .extracting(InboxEntry::agreementId)
                .containsExactly(reported.getId());
    }

    private List<String> endingTiers(Agreement... agreements) {
        List<Long> ids =
                java.util.Arrays.stream(agreements).map(Agreement::getId).toList();
        return jdbc.queryForList(
                "select agreement_id || ':' || tier from reminder where kind = 'ENDING' and agreement_id = any(?)"
                        + " order by agreement_id",
                String.class,
                (Object) ids.toArray(Long[]::new));
    }

    /** Signed two years ago (its first report long overdue, outside the report reminders' window). */
    private Agreement endingIn(int days, String title) {
        LocalDate today = LocalDate.now(clock);
        return signed(today.minusYears(2), today.plusDays(days), title);
    }

    private Agreement signed(LocalDate start, LocalDate end, String title) {
        return records.inForce("Kota Pengingat", title, start, end);
    }
}
