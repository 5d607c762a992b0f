package id.bandung.kerjasama.reminder;

/** What a reminder is about: an agreement about to end, or its next implementation report falling due. */
public enum ReminderKind {
    ENDING,
    REPORT_DUE
}
