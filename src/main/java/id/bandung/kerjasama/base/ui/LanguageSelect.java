package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;

/**
 * Switches the UI between Bahasa Indonesia and English. The choice is kept in a cookie and the page reloads, so that
 * every text, date and number on it follows.
 */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect() {
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        setAriaLabel(getTranslation("shell.language"));
        addClassName("language-select");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                switchTo(event.getValue());
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        setValue(Languages.isEnglish(attachEvent.getUI().getLocale()) ? Languages.ENGLISH : Languages.INDONESIAN);
    }

    static void switchTo(Locale locale) {
        UI ui = UI.getCurrent();
        Languages.remember(locale, ui.getSession(), VaadinService.getCurrentResponse());
        UiInitializer.apply(ui, locale);
        ui.getPage().reload();
    }
}
