package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import id.bandung.kerjasama.base.domain.DatabaseStatus;
import id.bandung.kerjasama.base.domain.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a user sees when something fails that the view did not expect: a sentence, never a stack trace. The details
 * go to the log with a reference the user can quote.
 */
class ErrorHandling implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final DatabaseStatus database;

    ErrorHandling(DatabaseStatus database) {
        this.database = database;
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = DefaultErrorHandler.findRelevantThrowable(event.getThrowable());
        String reference =
                Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
        UI ui = UI.getCurrent();
        if (cause instanceof AccessDeniedException) {
            log.warn("Access denied [{}]: {}", reference, cause.getMessage());
            if (ui != null) {
                Notifications.error(ui.getTranslation("error.access-denied"));
            }
            return;
        }
        if (DatabaseUnavailable.causedBy(event.getThrowable())) {
            // Not a fault of the screen: the banner says so everywhere, and this action was not carried out.
            log.warn("Database unavailable [{}]: {}", reference, cause.getMessage());
            database.reportUnavailable();
            if (ui != null) {
                Notifications.error(ui.getTranslation("database.unavailable.action"));
            }
            return;
        }
        log.error("Unexpected error [{}]", reference, cause);
        if (ui != null) {
            Notifications.error(ui.getTranslation("error.unexpected", reference));
        }
    }
}
