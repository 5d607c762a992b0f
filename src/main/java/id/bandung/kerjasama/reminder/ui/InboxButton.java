package id.bandung.kerjasama.reminder.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.popover.PopoverVariant;
import com.vaadin.flow.component.textfield.TextField;
import id.bandung.kerjasama.base.domain.Actor;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.Notifications;
import id.bandung.kerjasama.live.LiveUpdates;
import id.bandung.kerjasama.live.Topic;
import id.bandung.kerjasama.reminder.InboxEntry;
import id.bandung.kerjasama.reminder.ReminderKind;
import id.bandung.kerjasama.reminder.ReminderService;
import id.bandung.kerjasama.security.UserAccount;
import id.bandung.kerjasama.security.UserAccountService;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;

/**
 * The reminders' bell in the shell: the number of unread reminders on it (kept current by live updates), and a panel
 * listing them, newest first, each leading to its agreement and marked read when opened; "mark all read"; and the
 * user's own address for reminder e-mails.
 */
class InboxButton extends Composite<Div> {

    static final int LISTED = 50;

    final Button bell = new Button(new Icon(VaadinIcon.BELL));
    final Span badge = new Span();
    final Popover panel = new Popover();
    final Div list = new Div();
    final Button markAll = new Button();
    final TextField email = new TextField();
    final Button saveEmail = new Button();
    private final ReminderService reminders;
    private final UserAccountService accounts;
    private final Clock clock;
    private volatile boolean open;

    InboxButton(ReminderService reminders, UserAccountService accounts, LiveUpdates live, Clock clock) {
        this.reminders = reminders;
        this.accounts = accounts;
        this.clock = clock;
        getContent().addClassName("inbox");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClassName("inbox-bell");
        bell.setTooltipText(getTranslation("inbox.title"));
        badge.addClassName("inbox-badge");
        badge.getElement().setAttribute("aria-hidden", "true");
        badge.setVisible(false);
        getContent().add(bell, badge);

        panel.setTarget(bell);
        panel.setPosition(PopoverPosition.BOTTOM_END);
        panel.addThemeVariants(PopoverVariant.ARROW);
        panel.setAriaLabelledBy("inbox-heading");
        panel.addClassName("inbox-panel");
        panel.setWidth("26rem");
        H2 heading = new H2(getTranslation("inbox.title"));
        heading.setId("inbox-heading");
        markAll.setText(getTranslation("inbox.mark-all"));
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAll.addClickListener(event -> {
            reminders.markAllRead();
            refresh();
        });
        Div header = new Div(heading, markAll);
        header.addClassName("inbox-header");
        list.addClassName("inbox-list");
        list.getElement().setAttribute("role", "list");
        Div setting = emailSetting();
        // The panel's content is attached only while it is open, so that its buttons never stand beside a view's own.
        panel.addOpenedChangeListener(event -> {
            open = event.isOpened();
            if (event.isOpened()) {
                panel.add(header, list, setting);
                refresh();
            } else {
                panel.removeAll();
            }
        });
        getContent().add(panel);

        // Loaded off the session lock: the count, and the list too while the panel is open.
        live.follow(getContent(), this::load, this::show, EnumSet.of(Topic.REMINDERS, Topic.AGREEMENTS));
    }

    private Div emailSetting() {
        email.setLabel(getTranslation("inbox.email"));
        email.setHelperText(
                getTranslation(reminders.mailConfigured() ? "inbox.email.helper" : "inbox.email.helper.no-smtp"));
        email.setClearButtonVisible(true);
        email.setWidthFull();
        accounts.find(Actor.currentName()).map(UserAccount::getEmail).ifPresent(email::setValue);
        saveEmail.setText(getTranslation("action.save"));
        saveEmail.addThemeVariants(ButtonVariant.LUMO_SMALL);
        saveEmail.addClickListener(event -> saveEmail());
        email.addKeyPressListener(Key.ENTER, event -> saveEmail());
        Div setting = new Div(email, saveEmail);
        setting.addClassName("inbox-email");
        return setting;
    }

    private void saveEmail() {
        try {
            accounts.changeOwnEmail(email.getValue());
            email.setInvalid(false);
            Notifications.success(
                    getTranslation(email.getValue().isBlank() ? "inbox.email.removed" : "inbox.email.saved"));
        } catch (ConstraintViolationException e) {
            email.setErrorMessage(getTranslation("inbox.email.invalid"));
            email.setInvalid(true);
        }
    }

    /** What the bell shows: the unread count, and the entries when the panel is open (null otherwise). */
    private record Shown(int unread, List<InboxEntry> entries) {}

    private Shown load() {
        return new Shown(reminders.unreadCount(), open ? reminders.inbox(LISTED) : null);
    }

    private void show(Shown shown) {
        int unread = shown.unread();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        bell.setAriaLabel(unread == 0 ? getTranslation("inbox.none-unread") : getTranslation("inbox.unread", unread));
        if (shown.entries() != null && panel.isOpened()) {
            fill(shown.entries());
        }
    }

    /** Loads and shows at once, for the user's own acts (opening the panel, marking all read). */
    void refresh() {
        show(new Shown(reminders.unreadCount(), reminders.inbox(LISTED)));
    }

    private void fill(List<InboxEntry> entries) {
        list.removeAll();
        markAll.setEnabled(entries.stream().anyMatch(entry -> !entry.read()));
        if (entries.isEmpty()) {
            Div empty = new Div(new Span(getTranslation("inbox.empty")));
            empty.addClassName("inbox-empty");
            list.add(empty);
            return;
        }
        entries.forEach(entry -> list.add(item(entry)));
    }

    private Button item(InboxEntry entry) {
        Span title = new Span(entry.agreementTitle());
        title.addClassName("inbox-item-title");
        Span what = new Span(what(entry));
        what.addClassName("inbox-item-what");
        Span partner = new Span(entry.partnerName());
        partner.addClassName("inbox-item-partner");
        Div text = new Div(what, title, partner);
        Button item = new Button(text, event -> {
            reminders.markRead(entry.id());
            panel.close();
            UI.getCurrent().navigate("agreements/" + entry.agreementId());
        });
        item.addClassName("inbox-item");
        item.getElement().setAttribute("role", "listitem");
        if (!entry.read()) {
            item.addClassName("unread");
        }
        return item;
    }

    /** "Berakhir dalam 90 hari · 28 Feb 2027": the kind and tier, counted from today. */
    private String what(InboxEntry entry) {
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock), entry.dueOn());
        String key = "inbox." + (entry.kind() == ReminderKind.ENDING ? "ending" : "report")
                + (days > 0 ? ".in" : days == 0 ? ".today" : ".past");
        return getTranslation(key, Math.abs(days)) + " · " + Formats.date(entry.dueOn(), getLocale());
    }
}
