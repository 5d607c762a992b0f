package id.bandung.kerjasama.presentation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.bandung.kerjasama.dashboard.DashboardService;
import id.bandung.kerjasama.live.Following;
import id.bandung.kerjasama.live.LiveUpdates;
import id.bandung.kerjasama.live.Topic;
import id.bandung.kerjasama.presentation.DisplayLinkService;
import id.bandung.kerjasama.presentation.DisplayPass;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A wall screen's presentation, opened by a display link without signing in. The token grants the aggregate
 * figures only, call by call; the session stays anonymous, so every other route still asks for a sign-in. When an
 * administrator revokes the link, the screen says so at the next change notification, within seconds; when the link
 * expires, the screen checks again at that moment (see {@link Following#reloadAt}). The token stays out of the title, the page and the logs (see
 * {@code TokenRedaction}), and the page is served with {@code Referrer-Policy: no-referrer}.
 */
@Route(value = "display/:token", autoLayout = false)
@AnonymousAllowed
public class DisplayView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Past the expiry instant, so that the link's own check already sees it expired. */
    private static final Duration EXPIRY_MARGIN = Duration.ofMillis(200);

    private static final Set<Topic> TOPICS =
            EnumSet.of(Topic.PARTNERS, Topic.AGREEMENTS, Topic.SOFTWARE, Topic.ADOPTIONS, Topic.DISPLAY_LINKS);

    private final DisplayLinkService links;
    private final DashboardService dashboard;
    private final LiveUpdates live;
    private Following following;
    Presentation presentation;

    DisplayView(DisplayLinkService links, DashboardService dashboard, LiveUpdates live) {
        this.links = links;
        this.dashboard = dashboard;
        this.live = live;
        addClassName("presentation-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        stopFollowing();
        removeAll();
        Optional<DisplayPass> pass = links.open(token);
        if (pass.isEmpty()) {
            showRefused();
            return;
        }
        PresentationOptions options = PresentationOptions.fromParameters(
                event.getLocation().getQueryParameters().getParameters());
        Presentation shown = new Presentation(options, null);
        presentation = shown;
        add(shown);
        boolean map = options.slides().contains(SlideKey.MAP);
        following = live.follow(shown, () -> load(token, map), figures -> show(shown, figures), TOPICS);
        if (pass.get().expiresAt() != null) {
            following.reloadAt(pass.get().expiresAt().plus(EXPIRY_MARGIN));
        }
    }

    /**
     * After any change and at expiry, the token is checked again: the figures as this display, or none once the
     * link is revoked or expired.
     */
    private Optional<PresentationData> load(String token, boolean map) {
        return links.check(token).map(pass -> pass.call(() -> PresentationView.figures(dashboard, map)));
    }

    /** A revoked or expired link ends the show; otherwise the figures are redrawn. */
    private void show(Presentation shown, Optional<PresentationData> figures) {
        if (presentation != shown) {
            return;
        }
        if (figures.isPresent()) {
            shown.showFigures(figures.get());
        } else {
            presentation = null;
            stopFollowing();
            removeAll();
            showRefused();
        }
    }

    private void stopFollowing() {
        if (following != null) {
            following.remove();
            following = null;
        }
    }

    private void showRefused() {
        H1 title = new H1(getTranslation("display.refused.title"));
        Paragraph hint = new Paragraph(getTranslation("display.refused.hint"));
        Div message = new Div(VaadinIcon.BAN.create(), title, hint);
        message.addClassName("display-refused");
        message.getElement().setAttribute("role", "alert");
        add(message);
        getElement().executeJs("document.documentElement.setAttribute('theme', 'dark')");
    }

    boolean isRefused() {
        return presentation == null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("presentation.title");
    }
}
