package id.bandung.kerjasama.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.Notifications;
import id.bandung.kerjasama.calendar.CalendarFeedService;

/**
 * "Langganan kalender": the signed-in user's personal feed. Making one shows its address once, to copy into Outlook or
 * Google Calendar; revoking it makes the address answer "not found" at once, and a new one can be made.
 */
class CalendarFeedPanel extends Section {

    private final CalendarFeedService feeds;
    private final Div body = new Div();
    /** The address of the feed made last, while it is shown; for tests. */
    String shownUrl;

    CalendarFeedPanel(CalendarFeedService feeds) {
        this.feeds = feeds;
        addClassNames(
                "calendar-feed",
                LumoUtility.Padding.MEDIUM,
                LumoUtility.BorderRadius.LARGE,
                LumoUtility.Background.CONTRAST_5,
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        getStyle().set("max-width", "60rem");
        H2 heading = new H2(getTranslation("calendar.feed.title"));
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        Paragraph how = new Paragraph(getTranslation("calendar.feed.intro"));
        how.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY);
        body.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        add(heading, how, body);
        showState();
    }

    /** Without a new address to show: whether a feed is in use, and the button that fits. */
    private void showState() {
        shownUrl = null;
        body.removeAll();
        feeds.inUseSince()
                .ifPresentOrElse(
                        since -> {
                            Paragraph inUse = new Paragraph(
                                    getTranslation("calendar.feed.in-use", Formats.dateTime(since, getLocale())));
                            inUse.addClassNames("calendar-feed-in-use", LumoUtility.Margin.NONE);
                            body.add(inUse, actions(revokeButton()));
                        },
                        () -> body.add(actions(createButton())));
    }

    private Div actions(Button... buttons) {
        Div actions = new Div(buttons);
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.FlexWrap.WRAP);
        return actions;
    }

    private Button createButton() {
        Button create = new Button(getTranslation("calendar.feed.create"), VaadinIcon.CALENDAR_O.create());
        create.setId("calendar-feed-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(event -> create());
        return create;
    }

    private Button revokeButton() {
        Button revoke = new Button(getTranslation("calendar.feed.revoke"), VaadinIcon.BAN.create());
        revoke.setId("calendar-feed-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(event -> confirmRevoke());
        return revoke;
    }

    void create() {
        String url = feeds.create();
        shownUrl = url;
        body.removeAll();
        TextField address = new TextField(getTranslation("calendar.feed.address"));
        address.setValue(url);
        address.setReadOnly(true);
        address.setWidthFull();
        address.addClassName("display-link-address");
        Button copy = new Button(getTranslation("calendar.feed.copy"), VaadinIcon.COPY.create());
        copy.setId("calendar-feed-copy");
        copy.addClickListener(event -> {
            copy.getElement().executeJs("return navigator.clipboard.writeText($0)", url);
            Notifications.success(getTranslation("calendar.feed.copied"));
        });
        Paragraph once = new Paragraph(getTranslation("calendar.feed.once"));
        once.addClassName("display-link-once");
        Div created = new Div(address, copy, once);
        created.addClassName("display-link-created");
        body.add(created, actions(revokeButton()));
        address.focus();
    }

    private void confirmRevoke() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("calendar.feed.revoke.title"));
        dialog.setText(getTranslation("calendar.feed.revoke.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("calendar.feed.revoke"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> revoke());
        dialog.open();
    }

    void revoke() {
        feeds.revoke();
        Notifications.success(getTranslation("calendar.feed.revoked"));
        showState();
    }
}
