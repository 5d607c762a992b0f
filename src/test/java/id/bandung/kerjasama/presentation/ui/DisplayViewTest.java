package id.bandung.kerjasama.presentation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import id.bandung.kerjasama.base.domain.ClockConfig;
import id.bandung.kerjasama.dashboard.MapMarker;
import id.bandung.kerjasama.dashboard.MarkerKind;
import id.bandung.kerjasama.live.LiveUpdates;
import id.bandung.kerjasama.live.ServerPush;
import id.bandung.kerjasama.presentation.DisplayLinkService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.security.ui.LoginView;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.SignIn;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** A wall screen opens the presentation with its link alone; it reaches nothing else and stops when revoked. */
@CommittingTest
class DisplayViewTest extends KaribuTest {

    @Autowired
    DisplayLinkService links;

    @Autowired
    LiveUpdates live;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ThreadPoolTaskScheduler scheduler;

    @Test
    void a_valid_link_shows_the_presentation_without_signing_in() {
        String token = SignIn.as(Roles.ADMIN, () -> links.create("Layar lobi")).token();
        navigate("display/" + token + "?slides=kpi,sister-cities");
        DisplayView view = _get(DisplayView.class);
        assertThat(view.isRefused()).isFalse();
        ServerPush.awaitUntil(() -> !view.presentation.getContent().hasClassName("loading"));
        assertThat(view.presentation.slides)
                .extracting(slide -> slide.key)
                .containsExactly(SlideKey.KPI, SlideKey.SISTER_CITIES);
        assertThat(((KpiSlide) view.presentation.currentSlide()).value("sister-cities"))
                .isNotEmpty();
        assertThat(((PartnersSlide) view.presentation.slides.get(1)).names()).contains("Braunschweig");
    }

    @Test
    void a_displays_map_names_the_sister_cities_and_technical_partners_and_no_region_and_opens_nothing() {
        String token = SignIn.as(Roles.ADMIN, () -> links.create("Layar lobi")).token();
        navigate("display/" + token + "?slides=map");
        DisplayView view = _get(DisplayView.class);
        ServerPush.awaitUntil(() -> !view.presentation.getContent().hasClassName("loading"));
        MapSlide slide = (MapSlide) view.presentation.currentSlide();

        assertThat(slide.map.getMarkers())
                .hasSize(20)
                .allSatisfy(marker -> assertThat(marker.id()).isNull());
        assertThat(slide.map.getMarkers())
                .filteredOn(marker -> marker.name() != null)
                .extracting(MapMarker::kind)
                .hasSize(16)
                .containsOnly(MarkerKind.SISTER_CITY, MarkerKind.INSTITUTION);
        assertThat(slide.map.getMarkers())
                .filteredOn(marker -> marker.kind() == MarkerKind.REGIONAL)
                .hasSize(4)
                .extracting(MapMarker::name)
                .containsOnlyNulls();
        assertThat(slide.map.getElement().getAttribute("labels")).isEqualTo("");
    }

    @Test
    void the_screen_of_a_display_link_reaches_no_other_route() {
        String token = SignIn.as(Roles.ADMIN, () -> links.create("Layar lobi")).token();
        navigate("display/" + token);
        assertThat(_get(DisplayView.class).isRefused()).isFalse();
        for (String route : new String[] {
            "",
            "partners",
            "agreements/1",
            "software",
            "adoptions",
            "audit",
            "users",
            "display-links",
            "presentation",
            "calendar"
        }) {
            navigate(route);
            _assertOne(LoginView.class);
        }
    }

    @Test
    void a_wrong_token_shows_a_refusal_and_no_figures() {
        navigate("display/not-a-real-token");
        DisplayView view = _get(DisplayView.class);
        assertThat(view.isRefused()).isTrue();
        assertThat(view.getElement().getTextRecursively()).contains("Tautan tampilan ini tidak berlaku");
    }

    @Test
    void a_revoked_links_screen_says_so_within_seconds() {
        await().atMost(Duration.ofSeconds(15)).until(live::isListening);
        var created = SignIn.as(Roles.ADMIN, () -> links.create("Layar yang akan dicabut"));
        navigate("display/" + created.token());
        DisplayView view = _get(DisplayView.class);
        ServerPush.awaitUntil(() -> !view.presentation.getContent().hasClassName("loading"));
        assertThat(view.isRefused()).isFalse();

        SignIn.as(Roles.ADMIN, () -> links.revoke(created.link().getId()));

        ServerPush.awaitUntil(Duration.ofSeconds(3), view::isRefused);
        assertThat(view.getElement().getTextRecursively()).contains("Tautan tampilan ini tidak berlaku");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isSameAs(view);
    }

    @Test
    void an_expired_link_shows_the_same_refusal_as_a_revoked_one() {
        var created =
                SignIn.as(Roles.ADMIN, () -> links.create("Layar kedaluwarsa", LocalDate.now(ClockConfig.BANDUNG)));
        jdbc.update(
                "update display_link set expires_at = created_at + interval '1 millisecond' where id = ?",
                created.link().getId());
        navigate("display/" + created.token());
        DisplayView view = _get(DisplayView.class);
        assertThat(view.isRefused()).isTrue();
        assertThat(view.getElement().getTextRecursively())
                .contains("Tautan tampilan ini tidak berlaku")
                .contains("kedaluwarsa");
    }

    @Test
    void an_open_screen_stops_within_seconds_when_its_link_expires_without_any_change_in_the_records() {
        var created = SignIn.as(Roles.ADMIN, () -> links.create("Layar yang akan berakhir", null));
        jdbc.update(
                "update display_link set expires_at = now() + interval '2 seconds' where id = ?",
                created.link().getId());
        navigate("display/" + created.token());
        DisplayView view = _get(DisplayView.class);
        ServerPush.awaitUntil(() -> !view.presentation.getContent().hasClassName("loading"));
        assertThat(view.isRefused()).isFalse();

        ServerPush.awaitUntil(Duration.ofSeconds(5), view::isRefused);
        assertThat(view.getElement().getTextRecursively()).contains("Tautan tampilan ini tidak berlaku");
    }

    @Test
    void a_screen_that_leaves_its_display_before_the_link_expires_leaves_no_timer_behind() {
        var created = SignIn.as(
                Roles.ADMIN,
                () -> links.create(
                        "Layar setahun", LocalDate.now(ClockConfig.BANDUNG).plusYears(1)));
        long before = timersBeyondAMonth();
        navigate("display/" + created.token());
        assertThat(timersBeyondAMonth()).isEqualTo(before + 1);

        navigate("login");
        assertThat(timersBeyondAMonth()).isEqualTo(before);
    }

    /** Tasks waiting on Spring's task scheduler that are due in more than a month: a link's expiry, a year away. */
    private long timersBeyondAMonth() {
        return scheduler.getScheduledThreadPoolExecutor().getQueue().stream()
                .filter(task -> ((Delayed) task).getDelay(TimeUnit.DAYS) > 30)
                .count();
    }
}
