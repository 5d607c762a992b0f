package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Vaadin's {@link DefaultI18NProvider} over {@code vaadin-i18n/translations*.properties}, with two corrections
 * (see docs/decisions/002-translations.md): Indonesian, whose file has no language suffix, is a provided locale, and
 * a lookup never falls back to the JVM's default locale (which would show English on an English server).
 */
@Component
public class TranslationProvider extends DefaultI18NProvider {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public TranslationProvider() {
        super(Languages.SUPPORTED);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale language = Languages.isEnglish(locale) ? Languages.ENGLISH : Languages.INDONESIAN;
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE_PREFIX, language, TranslationProvider.class.getClassLoader(), NO_FALLBACK);
        try {
            String value = bundle.getString(key);
            return params.length == 0 ? value : new MessageFormat(value, language).format(params);
        } catch (MissingResourceException e) {
            return "!" + language.getLanguage() + ": " + key;
        }
    }
}
