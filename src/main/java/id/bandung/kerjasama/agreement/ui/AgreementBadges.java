package id.bandung.kerjasama.agreement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import id.bandung.kerjasama.agreement.AgreementStatus;

/** An agreement's status as a coloured badge: green in force, amber ending soon, red ended. */
final class AgreementBadges {

    private AgreementBadges() {}

    static Span status(AgreementStatus status) {
        Span badge = new Span(UI.getCurrent().getTranslation("agreement.status." + status.name()));
        badge.getElement().getThemeList().add("badge " + theme(status));
        badge.addClassName("status-badge");
        return badge;
    }

    static String theme(AgreementStatus status) {
        return switch (status) {
            case DRAFT -> "contrast";
            case UNDATED -> "";
            case ACTIVE -> "success";
            case EXPIRING -> "warning";
            case EXPIRED -> "error";
            case TERMINATED -> "error primary";
        };
    }
}
