package id.bandung.kerjasama.reminder;

import java.time.Instant;
import java.time.LocalDate;

/** One reminder in a user's inbox, with what it is about and whether the user has read it. */
public record InboxEntry(
        long id,
        ReminderKind kind,
        int tier,
        LocalDate dueOn,
        long agreementId,
        String agreementTitle,
        String partnerName,
        Instant createdAt,
        boolean read) {}
