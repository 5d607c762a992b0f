package id.bandung.kerjasama.reminder.ui;

import com.vaadin.flow.component.Component;
import id.bandung.kerjasama.base.ui.ShellTool;
import id.bandung.kerjasama.live.LiveUpdates;
import id.bandung.kerjasama.reminder.ReminderService;
import id.bandung.kerjasama.security.CurrentUser;
import id.bandung.kerjasama.security.UserAccountService;
import java.time.Clock;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/** Puts the reminders' bell in the shell of the staff and administrators (viewers receive no reminders). */
@org.springframework.stereotype.Component
@Order(0)
class InboxTool implements ShellTool {

    private final ReminderService reminders;
    private final UserAccountService accounts;
    private final CurrentUser currentUser;
    private final LiveUpdates live;
    private final Clock clock;

    InboxTool(
            ReminderService reminders,
            UserAccountService accounts,
            CurrentUser currentUser,
            LiveUpdates live,
            Clock clock) {
        this.reminders = reminders;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.live = live;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create() {
        return currentUser.canEdit()
                ? Optional.of(new InboxButton(reminders, accounts, live, clock))
                : Optional.empty();
    }
}
