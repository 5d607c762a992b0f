package id.bandung.kerjasama.presentation.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.dashboard.DashboardFilter;
import id.bandung.kerjasama.dashboard.DashboardService;
import id.bandung.kerjasama.live.LiveUpdates;
import id.bandung.kerjasama.live.Topic;
import jakarta.annotation.security.PermitAll;

/**
 * The presentation for the Bandung Menjawab briefings, for anyone signed in: full screen, no app chrome, the whole
 * city's figures (no filter). Options in the URL: {@code ?slides=kpi,country,software&interval=20&lang=en}.
 */
@Route(value = "presentation", autoLayout = false)
@Menu(order = 1, icon = "vaadin:presentation", title = "presentation.menu")
@PermitAll
public class PresentationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService dashboard;
    private final LiveUpdates live;
    Presentation presentation;

    PresentationView(DashboardService dashboard, LiveUpdates live) {
        this.dashboard = dashboard;
        this.live = live;
        addClassName("presentation-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PresentationOptions options = PresentationOptions.fromParameters(
                event.getLocation().getQueryParameters().getParameters());
        removeAll();
        presentation = new Presentation(options, "/");
        add(presentation);
        boolean map = options.slides().contains(SlideKey.MAP);
        live.follow(presentation, () -> figures(dashboard, map), presentation::showFigures, Topic.RECORDS);
    }

    /**
     * The figures every presentation shows, and the partners on the map if it has a map slide; a display screen asks
     * for them with its pass. The map names no partner that the list slides do not name.
     */
    static PresentationData figures(DashboardService dashboard, boolean map) {
        return new PresentationData(
                dashboard.figures(DashboardFilter.none()),
                dashboard.partnersOf(Category.KSDPL, PartnersSlide.SHOWN),
                dashboard.partnersOf(Category.KSDLL, PartnersSlide.SHOWN),
                map ? dashboard.publicLocations(PartnersSlide.SHOWN) : null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("presentation.title");
    }
}
