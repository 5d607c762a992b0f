package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.bandung.kerjasama.base.domain.DatabaseStatus;
import id.bandung.kerjasama.base.domain.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A page that failed to open: a sentence and a way back, never a stack trace (which goes to the log). */
@AnonymousAllowed
public class ErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private final DatabaseStatus database;

    ErrorView(DatabaseStatus database) {
        this.database = database;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference =
                Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
        if (DatabaseUnavailable.causedBy(parameter.getCaughtException())) {
            log.warn(
                    "Navigation to '{}' found the database unavailable [{}]: {}",
                    event.getLocation().getPath(),
                    reference,
                    parameter.getCaughtException().getMessage());
            database.reportUnavailable();
            addClassName("error-view");
            removeAll();
            add(
                    new H2(getTranslation("database.unavailable.title")),
                    new Paragraph(getTranslation("database.unavailable.page")),
                    new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("database.retry")));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error(
                "Navigation to '{}' failed [{}]",
                event.getLocation().getPath(),
                reference,
                parameter.getCaughtException());
        addClassName("error-view");
        removeAll();
        add(
                new H2(getTranslation("error.page.title")),
                new Paragraph(getTranslation("error.unexpected", reference)),
                new Anchor("", getTranslation("error.page.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
