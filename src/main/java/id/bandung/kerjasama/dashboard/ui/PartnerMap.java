package id.bandung.kerjasama.dashboard.ui;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
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
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import id.bandung.kerjasama.dashboard.MapMarker;
import id.bandung.kerjasama.dashboard.MarkerKind;
import java.io.IOException;
import java.io.OutputStream;
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
 * <p>The markers reach the browser neither as a property nor as a call: their JSON (about 560 KB for ten thousand
 * partners at the sample volume) would then be part of a UIDL message, and Vaadin keeps each screen's last HTTP
 * response (to answer a repeated request) and its last push message (until the next one), so every open screen that
 * happened to get the markers last kept the whole list as a string. The element is given instead a one-time address
 * ({@code src}, a {@link DownloadHandler} registered in the session), and fetches the markers from it. The server
 * keeps per screen only a reference to the list, which the dashboard's screens share until the next change, and
 * writes the JSON straight to the response when the browser asks. A live refresh that changed nothing on the map
 * sends nothing.
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
    /** Read by the download, which Vaadin runs off the session lock. */
    private volatile List<MapMarker> shown;

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
        if (markers == shown) {
            return;
        }
        boolean unchanged = markers.equals(shown);
        // The newest of equal lists is the one the other screens hold now: keeping it lets the older one go.
        shown = markers;
        if (!unchanged) {
            // A new address for each list, so that the browser fetches it and no cache answers with an older one.
            getElement().setAttribute("src", new MarkerDownload(this));
        }
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

    /**
     * The markers as the element reads them: {@code {"kinds": [...], "markers": [[id, name, latitude, longitude,
     * kind index], ...]}}, written as the browser asks for them, from the list the map shows then.
     */
    static void writeMarkers(List<MapMarker> markers, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeArrayFieldStart("kinds");
            for (MarkerKind kind : KINDS) {
                json.writeString(kind.name());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("markers");
            for (MapMarker marker : markers) {
                json.writeStartArray();
                if (marker.id() == null) {
                    json.writeNull();
                } else {
                    json.writeNumber(marker.id());
                }
                json.writeString(marker.name());
                json.writeNumber(marker.latitude());
                json.writeNumber(marker.longitude());
                json.writeNumber(marker.kind().ordinal());
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /**
     * The element's {@code src}: the markers the map shows when the browser asks. Vaadin serves it only to the
     * screen's own session, while the map is attached and visible; a dialog over the dashboard does not hold the
     * map's update back.
     */
    private static final class MarkerDownload implements DownloadHandler {

        private final PartnerMap map;

        MarkerDownload(PartnerMap map) {
            this.map = map;
        }

        @Override
        public void handleDownloadRequest(DownloadEvent event) throws IOException {
            VaadinResponse response = event.getResponse();
            response.setContentType("application/json");
            response.setHeader("Cache-Control", "no-store");
            writeMarkers(map.getMarkers(), event.getOutputStream());
        }

        @Override
        public String getUrlPostfix() {
            return "markers.json";
        }

        @Override
        public boolean isAllowInert() {
            return true;
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
