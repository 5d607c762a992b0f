package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import id.bandung.kerjasama.base.domain.DatabaseStatus;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Gives every new UI its language (URL, cookie, else Indonesian) and the colour scheme the user chose, and every
 * session an error handler that shows a sentence instead of a stack trace.
 */
@Component
class UiInitializer implements VaadinServiceInitListener {

    private final DatabaseStatus database;

    UiInitializer(DatabaseStatus database) {
        this.database = database;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(
                        sessionInit -> sessionInit.getSession().setErrorHandler(new ErrorHandling(database)));
        event.getSource().addUIInitListener(uiInit -> {
            UI ui = uiInit.getUI();
            Locale locale = Languages.of(VaadinRequest.getCurrent(), ui.getSession());
            apply(ui, locale);
            ColorScheme.restore(ui);
            // ?lang=en on any address (a link for a guest, a display) switches the language and keeps it.
            ui.addBeforeEnterListener(enter -> enter.getLocation()
                    .getQueryParameters()
                    .getSingleParameter("lang")
                    .flatMap(Languages::byTag)
                    .filter(chosen ->
                            !chosen.getLanguage().equals(ui.getLocale().getLanguage()))
                    .ifPresent(chosen -> {
                        Languages.remember(chosen, ui.getSession(), VaadinResponse.getCurrent());
                        apply(ui, chosen);
                    }));
        });
    }

    static void apply(UI ui, Locale locale) {
        VaadinSession session = ui.getSession();
        if (session != null) {
            session.setLocale(locale);
        }
        ui.setLocale(locale);
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }
}
