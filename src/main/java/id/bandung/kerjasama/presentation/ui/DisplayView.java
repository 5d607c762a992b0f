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
import com.vaadin.flow.shared.Registration;
import id.bandung.kerjasama.dashboard.DashboardService;
import id.bandung.kerjasama.live.LiveUpdates;
import id.bandung.kerjasama.live.Topic;
import id.bandung.kerjasama.presentation.DisplayLinkService;
import id.bandung.kerjasama.presentation.DisplayPass;
import java.util.EnumSet;
import java.util.Optional;

/**
 * A wall screen's presentation, opened by a display link without signing in. The token grants the aggregate
 * figures only, call by call; the session stays anonymous, so every other route still asks for a sign-in. When an
 * administrator revokes the link, the screen says so at the next change notification, within seconds; when the link
 * expires, a timer does the same. The token stays out of the title, the page and the logs (see
 * {@code TokenRedaction}), and the page is served with {@code Referrer-Policy: no-referrer}.
 */
@Route(value = "display/:token", autoLayout = false)
@AnonymousAllowed
public class DisplayView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DisplayLinkService links;
    private final DashboardService dashboard;
    private final LiveUpdates live;
    private final DisplayExpiry expiry;
    private String token;
    private Registration expiryTimer;
    Presentation presentation;

    DisplayView(DisplayLinkService links, DashboardService dashboard, LiveUpdates live, DisplayExpiry expiry) {
        this.links = links;
        this.dashboard = dashboard;
        this.live = live;
        this.expiry = expiry;
        addClassName("presentation-view");
        addDetachListener(event -> stopExpiryTimer());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        stopExpiryTimer();
        Optional<DisplayPass> pass = links.open(token);
        if (pass.isEmpty()) {
            showRefused();
            return;
        }
        PresentationOptions options = PresentationOptions.fromParameters(
                event.getLocation().getQueryParameters().getParameters());
        presentation =
                new Presentation(options, () -> pass.get().call(() -> PresentationView.figures(dashboard)), null);
        add(presentation);
        live.follow(
                presentation,
                this::refresh,
                EnumSet.of(Topic.PARTNERS, Topic.AGREEMENTS, Topic.SOFTWARE, Topic.ADOPTIONS, Topic.DISPLAY_LINKS));
        if (pass.get().expiresAt() != null) {
            expiryTimer = expiry.at(pass.get().expiresAt(), event.getUI(), this::refresh);
        }
    }

    private void stopExpiryTimer() {
        if (expiryTimer != null) {
            expiryTimer.remove();
            expiryTimer = null;
        }
    }

    /** After any change and at expiry: a revoked or expired link ends the show; otherwise the figures are redrawn. */
    void refresh() {
        if (presentation == null) {
            return;
        }
        if (links.check(token).isEmpty()) {
            presentation = null;
            stopExpiryTimer();
            removeAll();
            showRefused();
        } else {
            presentation.refresh();
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
