package id.bandung.kerjasama.reminder;

/**
 * What one run of the daily reminder job did: the reminders it wrote (each agreement, kind, tier and date once), the
 * inbox entries and e-mails they made. {@code ran} is false when another app node held the job's lock.
 */
public record ReminderRun(boolean ran, int reminders, int inboxEntries, int mailsQueued) {

    static ReminderRun leftToAnotherNode() {
        return new ReminderRun(false, 0, 0, 0);
    }
}
