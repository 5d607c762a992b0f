package id.bandung.kerjasama.presentation.ui;

import com.vaadin.flow.component.html.Paragraph;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.dashboard.PartnerLocations;
import id.bandung.kerjasama.dashboard.ui.PartnerMap;

/**
 * The partners on the map, for the back of the room: the world with Indonesia inset, large markers, the names of the
 * sister cities and technical partners the list slides name, every other partner (Indonesian regions among them) an
 * unnamed dot counted in the legend, and how many partners have no coordinates yet. The markers open nothing: a
 * display screen has no records to open.
 */
class MapSlide extends Slide {

    final PartnerMap map = new PartnerMap();
    final Paragraph missing = new Paragraph();

    MapSlide() {
        super(SlideKey.MAP);
        setTitle(getTranslation("presentation.slide.map"));
        map.setPresentation(true);
        map.addClassName("slide-map");
        missing.addClassName("slide-more");
        missing.setVisible(false);
        add(map, missing);
    }

    @Override
    void show(PresentationData data) {
        PartnerLocations locations = data.locations();
        map.setMarkers(locations.markers());
        missing.setVisible(locations.withoutCoordinates() > 0);
        missing.setText(getTranslation("map.missing", Formats.number(locations.withoutCoordinates(), getLocale())));
    }
}
