package id.bandung.kerjasama.presentation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.bandung.kerjasama.base.ui.TranslationsTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Slide titles built from a slide's URL name have texts in both languages (English is checked by TranslationsTest). */
class SlideTextsTest {

    @Test
    void every_slide_that_is_not_a_chart_has_a_title_and_every_list_slide_an_empty_text() {
        var known = TranslationsTest.keys("vaadin-i18n/translations.properties");
        Arrays.stream(SlideKey.values()).filter(key -> key.chart == null).forEach(key -> {
            assertThat(known).contains("presentation.slide." + key.urlName);
            if (key.partners != null) {
                assertThat(known).contains("presentation.empty." + key.urlName);
            }
        });
    }
}
