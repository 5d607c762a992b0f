package id.bandung.kerjasama.presentation.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.Key;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.MainLayout;
import id.bandung.kerjasama.dashboard.DashboardFilter;
import id.bandung.kerjasama.dashboard.DashboardService;
import id.bandung.kerjasama.dashboard.HeadlineFigures;
import id.bandung.kerjasama.live.LiveUpdates;
import id.bandung.kerjasama.live.ServerPush;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The briefing mode: navigation by keyboard and by itself, the URL's options, and figures that follow changes. */
@CommittingTest
class PresentationViewTest extends KaribuTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Records records;

    @Autowired
    LiveUpdates live;

    @Autowired
    DashboardService dashboard;

    @Test
    void the_keyboard_moves_through_the_slides_and_space_pauses() {
        Presentation presentation = open("presentation");
        assertThat(presentation.currentSlide().key).isEqualTo(SlideKey.KPI);
        fireShortcut(Key.ARROW_RIGHT);
        assertThat(presentation.currentSlide().key).isEqualTo(SlideKey.COUNTRY);
        fireShortcut(Key.PAGE_DOWN); // a presenter's clicker
        assertThat(presentation.currentSlide().key).isEqualTo(SlideKey.CATEGORY);
        fireShortcut(Key.ARROW_LEFT);
        assertThat(presentation.currentSlide().key).isEqualTo(SlideKey.COUNTRY);
        fireShortcut(Key.END);
        assertThat(presentation.currentSlide().key).isEqualTo(SlideKey.MAP);
        fireShortcut(Key.ARROW_RIGHT);
        assertThat(presentation.currentSlide().key)
                .as("after the last, the first again")
                .isEqualTo(SlideKey.KPI);
        fireShortcut(Key.HOME);
        assertThat(presentation.currentSlide().key).isEqualTo(SlideKey.KPI);

        fireShortcut(Key.SPACE);
        assertThat(presentation.isPaused()).isTrue();
        assertThat(presentation.getContent().getClassNames()).contains("paused");
        fireShortcut(Key.SPACE);
        assertThat(presentation.isPaused()).isFalse();
    }

    @Test
    void the_slide_advances_when_its_progress_bar_runs_out_after_the_urls_interval() {
        Presentation presentation = open("presentation?slides=kpi,sister-cities,software&interval=20");
        assertThat(presentation.slides)
                .extracting(slide -> slide.key)
                .containsExactly(SlideKey.KPI, SlideKey.SISTER_CITIES, SlideKey.SOFTWARE);
        assertThat(presentation.progressFill().getElement().getStyle().get("animation-duration"))
                .isEqualTo("20s");
        _fireDomEvent(presentation.progressFill(), "animationend");
        assertThat(presentation.currentSlide().key).isEqualTo(SlideKey.SISTER_CITIES);
    }

    @Test
    void there_is_no_app_chrome_and_the_counter_and_titles_are_in_the_chosen_language() {
        Presentation presentation = open("presentation?slides=kpi,sister-cities&lang=en");
        _assertNone(MainLayout.class);
        assertThat(presentation.currentSlide().getTitle()).isEqualTo("Bandung's cooperation in numbers");
        long sisterCities = jdbc.queryForObject(
                "select count(distinct partner_id) from agreement where category = 'KSDPL'", Long.class);
        assertThat(presentation.slides.get(1).getTitle()).isEqualTo("Bandung's " + sisterCities + " sister cities");
    }

    @Test
    void the_status_slide_shows_the_briefing_agreements_as_date_not_recorded_not_as_drafts() {
        Presentation presentation = open("presentation?slides=status");
        ChartSlide slide = (ChartSlide) presentation.currentSlide();
        String summary = _get(
                        slide,
                        com.vaadin.flow.component.html.Paragraph.class,
                        spec -> spec.withClasses("slide-summary"))
                .getText();
        assertThat(summary).contains("Tanggal belum dicatat 21").doesNotContain("Draf");
    }

    @Test
    void the_sister_cities_slide_lists_each_with_its_country() {
        Presentation presentation = open("presentation?slides=sister-cities");
        PartnersSlide slide = (PartnersSlide) presentation.currentSlide();
        assertThat(slide.names()).contains("Braunschweig", "Hamamatsu", "Suwon");
    }

    @Test
    void a_new_sister_city_changes_the_number_while_the_current_slide_stays() {
        await().atMost(Duration.ofSeconds(15)).until(live::isListening);
        Presentation presentation = open("presentation?slides=country,kpi");
        fireShortcut(Key.ARROW_RIGHT);
        fireShortcut(Key.SPACE);
        KpiSlide kpi = (KpiSlide) presentation.currentSlide();
        long before = jdbc.queryForObject(
                "select count(distinct partner_id) from agreement where category = 'KSDPL'", Long.class);
        assertThat(kpi.value("sister-cities")).isEqualTo(Formats.number(before, INDONESIAN));

        records.sisterCity(Records.unique("Kota Kembar"), "FR");

        ServerPush.awaitUntil(() -> kpi.value("sister-cities").equals(Formats.number(before + 1, INDONESIAN)));
        assertThat(presentation.currentSlide()).isSameAs(kpi);
        assertThat(presentation.isPaused()).isTrue();
    }

    @Test
    void the_monev_slide_shows_the_agreements_in_force_reported_on_and_overdue_as_the_dashboard_counts_them() {
        Presentation presentation = open("presentation?slides=monev");
        ServerPush.awaitUntil(() -> !presentation.getContent().hasClassName("loading"));
        MonevSlide slide = (MonevSlide) presentation.currentSlide();
        HeadlineFigures figures = SignIn.as(Roles.VIEWER, () -> dashboard.figures(DashboardFilter.none()))
                .headline();
        assertThat(slide.value("in-force")).isEqualTo(Formats.number(figures.inForce(), INDONESIAN));
        assertThat(slide.value("reported")).isEqualTo(Formats.number(figures.monevReported(), INDONESIAN));
        assertThat(slide.value("overdue")).isEqualTo(Formats.number(figures.monevOverdue(), INDONESIAN));
        assertThat(slide.getElement().getTextRecursively())
                .contains("Monitoring dan evaluasi kerja sama", "Belum dilaporkan lebih dari 12 bulan");
    }

    @Test
    void the_map_slide_shows_every_partner_with_coordinates_large_and_labelled_and_counts_those_without() {
        await().atMost(Duration.ofSeconds(15)).until(live::isListening);
        Presentation presentation = open("presentation?slides=map");
        MapSlide slide = (MapSlide) presentation.currentSlide();
        assertThat(slide.getTitle()).isEqualTo("Mitra Kota Bandung di peta");
        assertThat(slide.map.getMarkers()).hasSize(20);
        for (String attribute : new String[] {"large", "labels", "inset", "fill"}) {
            assertThat(slide.map.getElement().hasAttribute(attribute)).isTrue();
        }
        assertThat(slide.missing.isVisible()).isFalse();

        records.city(Records.unique("Kota Tanpa Peta")); // no coordinates

        ServerPush.awaitUntil(slide.missing::isVisible);
        assertThat(slide.missing.getText()).isEqualTo("1 mitra belum berkoordinat");
    }

    @Test
    void the_pause_button_and_its_label_show_the_state() {
        Presentation presentation = open("presentation");
        var pause = _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("pause-button"));
        assertThat(pause.getAriaLabel()).contains("Jeda (spasi)");
        _click(pause);
        assertThat(presentation.isPaused()).isTrue();
        assertThat(pause.getAriaLabel()).contains("Lanjutkan (spasi)");
    }

    @Test
    void the_slides_show_that_they_are_loading_until_the_first_figures_arrive() {
        signIn("pimpinan");
        navigate("presentation?slides=kpi");
        Presentation presentation = _get(PresentationView.class).presentation;
        assertThat(presentation.getContent().getClassNames()).contains("loading");
        assertThat(((KpiSlide) presentation.currentSlide()).value("partners")).isEmpty();

        ServerPush.awaitUntil(() -> !presentation.getContent().hasClassName("loading"));
        long partners = jdbc.queryForObject("select count(*) from partner", Long.class);
        assertThat(((KpiSlide) presentation.currentSlide()).value("partners"))
                .isEqualTo(Formats.number(partners, INDONESIAN));
    }

    private Presentation open(String location) {
        signIn("pimpinan");
        navigate(location);
        Presentation presentation = _get(PresentationView.class).presentation;
        ServerPush.awaitUntil(() -> !presentation.getContent().hasClassName("loading")); // the first figures
        return presentation;
    }
}
