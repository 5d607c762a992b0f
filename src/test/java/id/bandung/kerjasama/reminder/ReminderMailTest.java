package id.bandung.kerjasama.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.security.UserAccountService;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Reminder e-mails through a real SMTP server in the test (GreenMail): what arrives, in Indonesian, plain and HTML,
 * with the record's link and hostile text shown as written; each reminder sent once even when two app nodes run the
 * job and the sender side by side; a reminder cleared before sending never goes out.
 */
@CommittingTest
@TestPropertySource(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + ReminderMailTest.SMTP_PORT,
            "app.public-url=https://kerjasama.bandung.go.id/"
        })
class ReminderMailTest {

    static final int SMTP_PORT = 3925;

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    ReminderService reminders;

    @Autowired
    ReminderMailer mailer;

    @Autowired
    AgreementService agreements;

    @Autowired
    UserAccountService accounts;

    @Autowired
    Records records;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void forgetAddresses() {
        jdbc.update("update user_account set email = null where username in ('staf', 'admin')");
    }

    @Test
    void the_staff_the_administrator_and_the_contact_person_each_receive_one_indonesian_email_with_the_link()
            throws Exception {
        SignIn.as("staf", Roles.STAFF, () -> accounts.changeOwnEmail("staf@bandung.go.id"));
        SignIn.as("admin", Roles.ADMIN, () -> accounts.changeOwnEmail("admin@bandung.go.id"));
        Agreement agreement = endingIn(90, "Kerja sama <script>alert(1)</script> & \"air bersih\"");
        agreement.setContactName("Ibu Rina");
        agreement.setContactEmail("rina@cimahikota.go.id");
        Agreement saved = SignIn.as(Roles.STAFF, () -> agreements.save(agreement));

        ReminderRun run = SignIn.as(Roles.ADMIN, () -> reminders.runDaily());
        assertThat(run.mailsQueued()).isEqualTo(3);
        assertThat(SignIn.as(Roles.ADMIN, () -> mailer.sendPending())).isEqualTo(3);
        assertThat(SignIn.as(Roles.ADMIN, () -> mailer.sendPending())).isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(Arrays.stream(received).map(ReminderMailTest::recipient))
                .containsExactlyInAnyOrder("staf@bandung.go.id", "admin@bandung.go.id", "rina@cimahikota.go.id");
        MimeMessage message = received[0];
        assertThat(message.getSubject())
                .isEqualTo("[Kerja Sama Bandung] Kerja sama berakhir dalam 90 hari: " + saved.getTitle());
        String plain = part(message, "text/plain");
        String html = part(message, "text/html");
        String link = "https://kerjasama.bandung.go.id/agreements/" + saved.getId();
        assertThat(plain)
                .contains("Yth. Bapak/Ibu,")
                .contains("Kerja sama «" + saved.getTitle() + "» dengan "
                        + saved.getPartner().getName())
                .contains("(90 hari lagi)")
                .contains("Buka catatannya: " + link);
        assertThat(html)
                .contains("<a href=\"" + link + "\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;air bersih&quot;")
                .doesNotContain("<script>");
    }

    @Test
    void two_nodes_running_the_job_and_the_sender_at_once_send_each_reminder_exactly_once() throws Exception {
        SignIn.as("staf", Roles.STAFF, () -> accounts.changeOwnEmail("staf@bandung.go.id"));
        List<Agreement> ending = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ending.add(endingIn(10 + i, "Dua node " + i));
        }
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<ReminderRun> job = () -> SignIn.as(Roles.ADMIN, () -> reminders.runDaily());
            List<Future<ReminderRun>> runs = nodes.invokeAll(List.of(job, job));
            int written = 0;
            for (Future<ReminderRun> future : runs) {
                written += future.get().reminders();
            }
            assertThat(written).isEqualTo(5);
            Callable<Integer> send = () -> SignIn.as(Roles.ADMIN, () -> mailer.sendPending());
            int sent = 0;
            for (Future<Integer> future : nodes.invokeAll(List.of(send, send))) {
                sent += future.get();
            }
            assertThat(sent).isEqualTo(5);
        } finally {
            nodes.shutdown();
        }
        assertThat(smtp.getReceivedMessages()).hasSize(5);
        assertThat(jdbc.queryForObject(
                        "select count(*) from reminder r join agreement a on a.id = r.agreement_id"
                                + " where a.title like 'Dua node%'",
                        Integer.class))
                .isEqualTo(5);
    }

    @Test
    void a_reminder_cleared_before_sending_is_never_sent() {
        SignIn.as("staf", Roles.STAFF, () -> accounts.changeOwnEmail("staf@bandung.go.id"));
        Agreement agreement = endingIn(30, "Diakhiri sebelum dikirim");
        SignIn.as(Roles.ADMIN, () -> reminders.runDaily());
        Agreement current =
                SignIn.as(Roles.STAFF, () -> agreements.find(agreement.getId())).orElseThrow();
        current.setTerminatedOn(LocalDate.now(clock));
        current.setTerminationReason("Tidak dilanjutkan");
        SignIn.as(Roles.STAFF, () -> agreements.save(current));

        assertThat(SignIn.as(Roles.ADMIN, () -> mailer.sendPending())).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(jdbc.queryForList(
                        "select m.status from reminder_mail m join reminder r on r.id = m.reminder_id"
                                + " where r.agreement_id = ?",
                        String.class,
                        agreement.getId()))
                .containsExactly("CANCELLED");
    }

    private Agreement endingIn(int days, String title) {
        LocalDate today = LocalDate.now(clock);
        return records.inForce("Kota Surel", title, today.minusYears(2), today.plusDays(days));
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body part of this type, however deep Spring nests it (mixed, related, alternative). */
    private static String part(jakarta.mail.Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
