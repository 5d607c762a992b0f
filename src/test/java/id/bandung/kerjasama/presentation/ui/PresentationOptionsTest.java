package id.bandung.kerjasama.presentation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

/** The URL chooses the slides, their order and the interval; what it gets wrong falls back to the defaults. */
class PresentationOptionsTest {

    @Test
    void the_url_chooses_slides_in_its_order_and_the_seconds_per_slide() {
        PresentationOptions options = parse("slides=kpi,country,software&interval=20");
        assertThat(options.slides()).containsExactly(SlideKey.KPI, SlideKey.COUNTRY, SlideKey.SOFTWARE);
        assertThat(options.intervalSeconds()).isEqualTo(20);
        assertThat(options.light()).isFalse();
        assertThat(options.unknown()).isEmpty();
    }

    @Test
    void without_options_every_slide_shows_for_fifteen_seconds_on_the_dark_theme() {
        PresentationOptions options = parse("");
        assertThat(options.slides()).containsExactly(SlideKey.values());
        assertThat(options.intervalSeconds()).isEqualTo(15);
        assertThat(options.light()).isFalse();
    }

    @Test
    void unknown_slides_are_reported_and_skipped_and_repeats_show_once() {
        PresentationOptions options = parse("slides=software,charts,KPI,software");
        assertThat(options.slides()).containsExactly(SlideKey.SOFTWARE, SlideKey.KPI);
        assertThat(options.unknown()).containsExactly("charts");
        assertThat(parse("slides=nothing").slides()).containsExactly(SlideKey.values());
    }

    @Test
    void an_interval_that_is_not_a_number_or_out_of_range_is_corrected() {
        assertThat(parse("interval=abc").intervalSeconds()).isEqualTo(15);
        assertThat(parse("interval=1").intervalSeconds()).isEqualTo(5);
        assertThat(parse("interval=99999").intervalSeconds()).isEqualTo(600);
    }

    @Test
    void a_light_theme_can_be_asked_for_a_bright_room() {
        assertThat(parse("theme=light").light()).isTrue();
    }

    private static PresentationOptions parse(String query) {
        return PresentationOptions.fromParameters(
                QueryParameters.fromString(query).getParameters());
    }
}
