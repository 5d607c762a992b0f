package id.bandung.kerjasama.reminder;

import id.bandung.kerjasama.base.domain.ClockConfig;
import id.bandung.kerjasama.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily reminder job ({@code APP_REMINDER_CRON}, Bandung time) and the e-mail outbox's retries
 * ({@code APP_REMINDER_RETRY}), as the system user. Not in the one-off commands (sample data, restore).
 */
@Component
@Profile("!sample-data & !restore")
class ReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    private final ReminderService reminders;
    private final ReminderMailer mailer;

    ReminderSchedule(ReminderService reminders, ReminderMailer mailer) {
        this.reminders = reminders;
        this.mailer = mailer;
    }

    @Scheduled(cron = "${app.reminders.cron}", zone = ClockConfig.BANDUNG_ZONE)
    void daily() {
        try {
            SystemActor.call(reminders::runDaily);
            SystemActor.call(mailer::sendPending);
        } catch (RuntimeException e) {
            log.error("Reminder job failed: {}", e.getMessage(), e);
        }
    }

    @Scheduled(fixedDelayString = "${app.reminders.retry}", initialDelayString = "${app.reminders.retry}")
    void retry() {
        try {
            SystemActor.call(mailer::sendPending);
        } catch (RuntimeException e) {
            log.warn("Reminder e-mails not sent this round: {}", e.getMessage());
        }
    }
}
