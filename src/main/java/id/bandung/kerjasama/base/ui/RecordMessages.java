package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.bandung.kerjasama.base.domain.RecordInUseException;
import java.util.stream.Collectors;

/** The sentences for the refusals every record shares: still in use, changed by someone else. */
public final class RecordMessages {

    private static final int EXAMPLES = 3;

    private RecordMessages() {}

    /** "Kota Cimahi cannot be deleted: 2 agreements (A, B) and 1 adoption (C) refer to it." */
    public static String inUse(String label, RecordInUseException exception) {
        UI ui = UI.getCurrent();
        String holders = exception.holders().stream()
                .map(holder -> {
                    String examples = holder.examples().stream().limit(EXAMPLES).collect(Collectors.joining(", "));
                    if (holder.count() > EXAMPLES) {
                        examples += ", …";
                    }
                    return ui.getTranslation(
                            "record.holders." + holder.recordType(),
                            Formats.number(holder.count(), ui.getLocale()),
                            examples);
                })
                .collect(Collectors.joining(ui.getTranslation("record.holders.and")));
        return ui.getTranslation("record.in-use", label, holders);
    }

    /**
     * Someone else saved or deleted the record since it was opened. Nothing was written; the message offers to load
     * the current version, which replaces the unsaved input.
     */
    public static void stale(Runnable reload) {
        UI ui = UI.getCurrent();
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setPosition(Notification.Position.MIDDLE);
        Button reloadButton = new Button(ui.getTranslation("record.stale.reload"), event -> {
            notification.close();
            reload.run();
        });
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button(ui.getTranslation("record.stale.keep"), event -> notification.close());
        keep.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div text = new Div(new Span(ui.getTranslation("record.stale.text")));
        text.addClassName("stale-text");
        Div layout = new Div(text, new Div(keep, reloadButton));
        layout.addClassName("stale-message");
        notification.add(layout);
        notification.open();
    }
}
