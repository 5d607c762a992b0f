package id.bandung.kerjasama.reminder;

import id.bandung.kerjasama.agreement.AgreementStatusSql;
import id.bandung.kerjasama.base.domain.Actor;
import id.bandung.kerjasama.monitoring.MonevDue;
import id.bandung.kerjasama.security.Roles;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders before anything lapses: the daily job that writes them, and each user's inbox.
 *
 * <p>An agreement in force that ends within 180 days is reminded of at the tiers 180, 90 and 30 days and on the day;
 * its next implementation report ({@link MonevDue}) 30 days before it is due and on the day (and up to 30 days
 * after, should the job not have run). A run writes, per agreement, only the nearest tier it has reached, so a record
 * entered late is not reminded of three tiers at once, and a day the job missed is caught up the next. The unique key
 * (agreement, kind, tier, date) makes each reminder exactly once however often the job runs and on however many app
 * nodes; a transaction-scoped advisory lock keeps the nodes from doing the same work side by side. Each new reminder
 * goes to the inbox of every enabled staff member and administrator and, when SMTP is configured, into the e-mail
 * outbox for those with an address and for the agreement's contact person ({@link ReminderMailer} sends it).
 * Extending, ending or terminating an agreement clears its reminders in the database (V012's triggers).
 */
@Service
@Transactional(readOnly = true)
public class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);
    private static final long JOB_LOCK = 0x52454d494e444552L; // "REMINDER"

    /** The tiers, in days before the date, nearest last. */
    public static final List<Integer> ENDING_TIERS = List.of(180, 90, 30, 0);

    public static final List<Integer> REPORT_TIERS = List.of(30, 0);

    /** How long after its date a missed reminder is still written (the job did not run that day). */
    static final int CATCH_UP_DAYS = 30;

    private static final String RECIPIENTS = "u.enabled and u.role in ('STAFF', 'ADMIN')";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> mail;

    ReminderService(JdbcClient jdbc, Clock clock, ObjectProvider<JavaMailSender> mail) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mail = mail;
    }

    /** Whether reminders also go out by e-mail: SMTP is configured ({@code SPRING_MAIL_HOST}). */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public boolean mailConfigured() {
        return mail.getIfAvailable() != null;
    }

    /**
     * The daily job: writes the reminders due today with their inbox entries and e-mails, in one transaction. Returns
     * {@link ReminderRun#leftToAnotherNode()} when another node runs it at this moment.
     */
    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional
    public ReminderRun runDaily() {
        boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                .param("key", JOB_LOCK)
                .query(Boolean.class)
                .single();
        if (!locked) {
            log.info("Reminder job left to another node (it holds the lock)");
            return ReminderRun.leftToAnotherNode();
        }
        LocalDate today = LocalDate.now(clock);
        boolean byMail = mailConfigured();
        String ending = "select a.id as agreement_id, a.end_on as due_on from agreement a where "
                + AgreementStatusSql.inForce() + " and a.end_on between :today and cast(:today + 180 as date)"
                + " and a.stage not in ('EXTENDED', 'ENDED')";
        String reportDue = "select d.agreement_id, d.due_on from (select a.id as agreement_id, "
                + MonevDue.dueOnSql("a") + " as due_on from agreement a where " + AgreementStatusSql.inForce()
                + " and a.stage not in ('EXTENDED', 'ENDED')) d"
                + " where d.due_on between cast(:today - " + CATCH_UP_DAYS + " as date) and cast(:today + 30 as date)";
        int[] ended = write(ReminderKind.ENDING, ending, today, byMail);
        int[] reports = write(ReminderKind.REPORT_DUE, reportDue, today, byMail);
        ReminderRun run = new ReminderRun(true, ended[0] + reports[0], ended[1] + reports[1], ended[2] + reports[2]);
        log.info(
                "Reminder job: {} reminders, {} inbox entries, {} e-mails queued",
                run.reminders(),
                run.inboxEntries(),
                run.mailsQueued());
        return run;
    }

    /** One statement per kind: the due rows, their nearest tier, the reminders not yet written, and their fan-out. */
    private int[] write(ReminderKind kind, String due, LocalDate today, boolean byMail) {
        List<Integer> tiers = kind == ReminderKind.ENDING ? ENDING_TIERS : REPORT_TIERS;
        String tier = "(select min(t) from unnest(array" + tiers + ") t where t >= d.due_on - cast(:today as date))";
        return jdbc.sql("with due as (" + due + "),"
                        + " created as (insert into reminder (agreement_id, kind, tier, due_on, created_at)"
                        + "  select d.agreement_id, :kind, " + tier + ", d.due_on, :now from due d"
                        + "  on conflict (agreement_id, kind, tier, due_on) do nothing"
                        + "  returning id, agreement_id),"
                        + " inbox as (insert into reminder_inbox (reminder_id, username)"
                        + "  select c.id, u.username from created c cross join user_account u where " + RECIPIENTS
                        + "  returning 1),"
                        + " mail as (insert into reminder_mail (reminder_id, address)"
                        + "  select c.id, u.email from created c cross join user_account u"
                        + "   where :byMail and u.email is not null and " + RECIPIENTS
                        + "  union select c.id, a.contact_email from created c join agreement a on a.id = c.agreement_id"
                        + "   where :byMail and a.contact_email is not null"
                        + "  on conflict (reminder_id, address) do nothing returning 1)"
                        + " select (select count(*) from created), (select count(*) from inbox),"
                        + " (select count(*) from mail)")
                .param("today", today)
                .param("kind", kind.name())
                .param("now", Timestamp.from(clock.instant()))
                .param("byMail", byMail)
                .query((row, number) -> new int[] {row.getInt(1), row.getInt(2), row.getInt(3)})
                .single();
    }

    /** How many reminders the signed-in user has not read (cleared ones are gone from the inbox). */
    @PreAuthorize(Roles.CAN_EDIT)
    public int unreadCount() {
        return jdbc.sql("""
                        select count(*) from reminder_inbox i join reminder r on r.id = i.reminder_id
                        where i.username = :user and i.read_at is null and r.cleared_at is null""")
                .param("user", Actor.currentName())
                .query(Integer.class)
                .single();
    }

    /**
     * The signed-in user's reminders, the newest run first and the nearest date first within it (at most
     * {@code limit}), leaving out cleared ones.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public List<InboxEntry> inbox(int limit) {
        return jdbc.sql("""
                        select i.id, r.kind, r.tier, r.due_on, a.id, a.title, p.name, r.created_at,
                               i.read_at is not null
                        from reminder_inbox i
                        join reminder r on r.id = i.reminder_id
                        join agreement a on a.id = r.agreement_id
                        join partner p on p.id = a.partner_id
                        where i.username = :user and r.cleared_at is null
                        order by r.created_at desc, r.due_on, i.id limit :limit""")
                .param("user", Actor.currentName())
                .param("limit", Math.max(1, Math.min(limit, 200)))
                .query((row, number) -> new InboxEntry(
                        row.getLong(1),
                        ReminderKind.valueOf(row.getString(2)),
                        row.getInt(3),
                        row.getObject(4, LocalDate.class),
                        row.getLong(5),
                        row.getString(6),
                        row.getString(7),
                        row.getTimestamp(8).toInstant(),
                        row.getBoolean(9)))
                .list();
    }

    /** Marks one of the signed-in user's reminders read; false for someone else's entry (left alone) or a read one. */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public boolean markRead(long entryId) {
        return jdbc.sql(
                                "update reminder_inbox set read_at = :now where id = :id and username = :user and read_at is null")
                        .param("now", Timestamp.from(clock.instant()))
                        .param("id", entryId)
                        .param("user", Actor.currentName())
                        .update()
                == 1;
    }

    /** Marks all of the signed-in user's reminders read. */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public int markAllRead() {
        return jdbc.sql("update reminder_inbox set read_at = :now where username = :user and read_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("user", Actor.currentName())
                .update();
    }
}
