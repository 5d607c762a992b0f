package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages at the bottom of the screen: green for done, red for refused. */
public final class Notifications {

    private Notifications() {}

    public static Notification success(String text) {
        return show(text, NotificationVariant.LUMO_SUCCESS, 4000);
    }

    public static Notification error(String text) {
        return show(text, NotificationVariant.LUMO_ERROR, 8000);
    }

    private static Notification show(String text, NotificationVariant variant, int millis) {
        Notification notification = Notification.show(text, millis, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
        return notification;
    }
}
