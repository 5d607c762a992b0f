package id.bandung.kerjasama.dashboard.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import id.bandung.kerjasama.dashboard.MapMarker;
import id.bandung.kerjasama.dashboard.MarkerKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The partners on a map, drawn offline in the browser by {@code frontend/components/kerjasama-map.ts}: the countries
 * from world-atlas (Natural Earth, ISC) projected with d3-geo (ISC), a circle per partner, no tile server and no
 * request beyond the app's own origin. Used by the dashboard (markers open their partner) and the presentation
 * (labelled, large, the world with an Indonesia inset).
 *
 * <p>The markers go to the browser as a call, not as a property: a property would keep their JSON (about 700 KB for
 * ten thousand partners at the sample volume) in every open screen's session. The component keeps only the list it
 * was given, which the dashboard's screens share until the next change, so that a live refresh that changed nothing
 * on the map sends nothing.
 */
@Tag("kerjasama-map")
@NpmPackage(value = "d3-geo", version = "3.1.2")
@NpmPackage(value = "topojson-client", version = "3.1.0")
@NpmPackage(value = "world-atlas", version = "2.0.2")
@JsModule("./components/kerjasama-map.ts")
public class PartnerMap extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<MarkerKind> KINDS = List.of(MarkerKind.values());

    /** Which map. */
    public enum View {
        WORLD,
        INDONESIA
    }

    private View view = View.WORLD;
    private List<MapMarker> shown;

    public PartnerMap() {
        setView(View.WORLD);
        Map<String, Object> kinds = new LinkedHashMap<>();
        Arrays.stream(MarkerKind.values()).forEach(kind -> kinds.put(kind.name(), getTranslation("map.kind." + kind)));
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("locale", getLocale().toLanguageTag());
        texts.put("label", getTranslation("map.label"));
        texts.put("hint", getTranslation("map.hint"));
        texts.put("caption", getTranslation("map.caption"));
        texts.put("home", getTranslation("map.home"));
        texts.put("inset", getTranslation("map.inset"));
        texts.put("kinds", kinds);
        getElement().setProperty("texts", json(texts));
    }

    /** Draws {@code markers}, unless they are what was drawn last. */
    public void setMarkers(List<MapMarker> markers) {
        if (markers == shown || markers.equals(shown)) {
            return;
        }
        shown = markers;
        List<Object[]> rows = new ArrayList<>(markers.size());
        for (MapMarker marker : markers) {
            rows.add(new Object[] {
                marker.id(), marker.name(), marker.latitude(), marker.longitude(), KINDS.indexOf(marker.kind())
            });
        }
        String data = json(Map.of("kinds", KINDS, "markers", rows));
        // The element's module may still be loading when the first markers arrive.
        getElement().executeJs("customElements.whenDefined(this.localName).then(() => this.setMarkers($0))", data);
    }

    /** The markers drawn last. */
    public List<MapMarker> getMarkers() {
        return shown == null ? List.of() : shown;
    }

    public void setView(View value) {
        view = value;
        getElement().setAttribute("view", value.name().toLowerCase(Locale.ROOT));
    }

    public View getView() {
        return view;
    }

    /** The presentation's map: large type, the sister cities' and technical partners' names, Indonesia inset. */
    public void setPresentation(boolean presentation) {
        getElement().setAttribute("large", presentation);
        getElement().setAttribute("labels", presentation);
        getElement().setAttribute("inset", presentation);
        getElement().setAttribute("fill", presentation);
    }

    public Registration addOpenListener(ComponentEventListener<OpenEvent> listener) {
        return addListener(OpenEvent.class, listener);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The map's data could not be written as JSON", e);
        }
    }

    /** A marker clicked or opened with Enter: the partner it stands for. */
    @DomEvent("map-open")
    public static class OpenEvent extends ComponentEvent<PartnerMap> {

        private final long partnerId;

        /** @param partnerId a JSON number, which Flow decodes as a double (it has no decoding to long); exact to 2^53 */
        public OpenEvent(PartnerMap source, boolean fromClient, @EventData("event.detail.id") double partnerId) {
            super(source, fromClient);
            this.partnerId = (long) partnerId;
        }

        public long partnerId() {
            return partnerId;
        }
    }
}
