package id.bandung.kerjasama.reminder;

import id.bandung.kerjasama.security.Roles;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the reminder e-mail outbox through SMTP (only when {@code SPRING_MAIL_HOST} is set). Each batch locks its rows
 * ({@code for update skip locked}) until they are marked sent, so two app nodes never send the same message; a failure
 * is retried on the next round, up to {@link #MAX_ATTEMPTS} times. A reminder cleared meanwhile (the agreement
 * extended or ended) has its e-mails cancelled in the database and they are never sent.
 */
@Service
public class ReminderMailer {

    private static final Logger log = LoggerFactory.getLogger(ReminderMailer.class);
    static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 20;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String publicUrl;
    private final String from;

    ReminderMailer(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            ObjectProvider<JavaMailSender> mail,
            Clock clock,
            @Value("${app.public-url}") String publicUrl,
            @Value("${app.reminders.mail-from}") String from) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.mail = mail;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.from = from;
    }

    private record Pending(
            long id,
            String address,
            ReminderKind kind,
            int tier,
            LocalDate dueOn,
            long agreementId,
            String title,
            String partner) {}

    /** Sends what the outbox holds; returns how many e-mails went out. Nothing happens without SMTP. */
    @PreAuthorize(Roles.ADMIN_ONLY)
    public int sendPending() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int[] sent = {0};
        long after = 0;
        while (true) {
            long from = after;
            Long last = transaction.execute(status -> sendBatch(sender, from, sent));
            if (last == null || last < 0) {
                return sent[0];
            }
            after = last;
        }
    }

    /**
     * One batch in one transaction, of the messages after {@code after} (each is tried once a round): the id of the
     * last one tried, or -1 when nothing was left or every one failed (the server is down; the next round retries).
     */
    private long sendBatch(JavaMailSender sender, long after, int[] sentTotal) {
        List<Pending> pending = jdbc.sql("""
                        select m.id, m.address, r.kind, r.tier, r.due_on, a.id, a.title, p.name
                        from reminder_mail m
                        join reminder r on r.id = m.reminder_id
                        join agreement a on a.id = r.agreement_id
                        join partner p on p.id = a.partner_id
                        where m.status = 'PENDING' and m.attempts < :max and r.cleared_at is null and m.id > :after
                        order by m.id limit :batch
                        for update of m skip locked""")
                .param("max", MAX_ATTEMPTS)
                .param("after", after)
                .param("batch", BATCH)
                .query((row, number) -> new Pending(
                        row.getLong(1),
                        row.getString(2),
                        ReminderKind.valueOf(row.getString(3)),
                        row.getInt(4),
                        row.getObject(5, LocalDate.class),
                        row.getLong(6),
                        row.getString(7),
                        row.getString(8)))
                .list();
        if (pending.isEmpty()) {
            return -1;
        }
        int sent = 0;
        int failed = 0;
        for (Pending one : pending) {
            try {
                sender.send(message(sender, one));
                jdbc.sql("update reminder_mail set status = 'SENT', sent_at = :now, attempts = attempts + 1"
                                + " where id = :id")
                        .param("now", Timestamp.from(clock.instant()))
                        .param("id", one.id())
                        .update();
                sent++;
            } catch (MailException | MessagingException e) {
                failed++;
                String error = String.valueOf(e.getMessage());
                jdbc.sql("update reminder_mail set attempts = attempts + 1, last_error = :error,"
                                + " status = case when attempts + 1 >= :max then 'FAILED' else status end"
                                + " where id = :id")
                        .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                        .param("max", MAX_ATTEMPTS)
                        .param("id", one.id())
                        .update();
                log.warn("Reminder e-mail {} not sent: {}", one.id(), e.getMessage());
            }
        }
        sentTotal[0] += sent;
        return sent == 0 && failed > 0 ? -1 : pending.get(pending.size() - 1).id();
    }

    private MimeMessage message(JavaMailSender sender, Pending one) throws MessagingException {
        ReminderMail content = ReminderMail.of(
                one.kind(), one.tier(), one.dueOn(), one.title(), one.partner(), recordUrl(one.agreementId()));
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(one.address());
        helper.setSubject(content.subject());
        helper.setText(content.text(), content.html());
        return message;
    }

    String recordUrl(long agreementId) {
        return publicUrl + "/agreements/" + agreementId;
    }
}
