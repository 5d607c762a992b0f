package id.bandung.kerjasama.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.LightText;
import id.bandung.kerjasama.dashboard.PartnerLocations;
import id.bandung.kerjasama.partner.PartnerGap;

/**
 * The dashboard's partner map: the world or Indonesia, a marker per partner with coordinates that opens the partner,
 * and beside it how many partners have none yet, linking to them ({@code partners?missing=COORDINATES}).
 */
class MapCard extends Div {

    static final String MISSING_HREF = "partners?missing=" + PartnerGap.COORDINATES.name();

    final PartnerMap map = new PartnerMap();
    final Tabs views = new Tabs();
    final Anchor missing = new Anchor();
    private final Tab world = new Tab(getTranslation("map.view.world"));
    private final Tab indonesia = new Tab(getTranslation("map.view.indonesia"));
    private long withoutCoordinates = -1;

    MapCard() {
        addClassName("map-card");
        setId("partner-map");
        world.setId("map-view-world");
        indonesia.setId("map-view-indonesia");
        views.add(world, indonesia);
        views.addClassName("map-views");
        views.addSelectedChangeListener(event ->
                map.setView(event.getSelectedTab() == indonesia ? PartnerMap.View.INDONESIA : PartnerMap.View.WORLD));
        missing.addClassNames("map-missing", "kpi-link");
        missing.setId("map-missing");
        missing.setHref(MISSING_HREF);
        missing.getElement().setAttribute("router-link", true);
        missing.setVisible(false);
        Div header = new Div(views, missing);
        header.addClassName("map-header");
        map.addClassName("partner-map");
        map.addOpenListener(event -> UI.getCurrent().navigate("partners/" + event.partnerId()));
        add(header, map);
    }

    void show(PartnerLocations locations) {
        map.setMarkers(locations.markers());
        if (locations.withoutCoordinates() != withoutCoordinates) {
            withoutCoordinates = locations.withoutCoordinates();
            LightText.set(missing, getTranslation("map.missing", Formats.number(withoutCoordinates, getLocale())));
            missing.setVisible(withoutCoordinates > 0);
        }
    }

    /** Shows the world or Indonesia. */
    void select(PartnerMap.View view) {
        views.setSelectedTab(view == PartnerMap.View.INDONESIA ? indonesia : world);
    }
}
