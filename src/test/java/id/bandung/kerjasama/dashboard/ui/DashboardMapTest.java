package id.bandung.kerjasama.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import id.bandung.kerjasama.base.ui.LightText;
import id.bandung.kerjasama.dashboard.MapMarker;
import id.bandung.kerjasama.dashboard.MarkerKind;
import id.bandung.kerjasama.live.LiveUpdates;
import id.bandung.kerjasama.live.ServerPush;
import id.bandung.kerjasama.partner.ui.PartnerListView;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.Records;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard's partner map: the briefing's sister cities where they are, the uncounted ones linked, live. */
@CommittingTest // the view loads its figures off the UI thread, in transactions of their own
class DashboardMapTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LiveUpdates live;

    @Autowired
    Records records;

    @Test
    void the_map_gets_the_briefings_sister_cities_at_their_coordinates() {
        MapCard card = openDashboard().map;

        assertThat(card.map.getMarkers())
                .filteredOn(marker -> marker.kind() == MarkerKind.SISTER_CITY)
                .extracting(MapMarker::name, MapMarker::latitude, MapMarker::longitude)
                .containsExactlyInAnyOrder(
                        tuple("Braunschweig", 52.2689, 10.5268),
                        tuple("Fort Worth", 32.7555, -97.3308),
                        tuple("Suwon", 37.2636, 127.0286),
                        tuple("Yingkou", 40.6250, 122.2189),
                        tuple("Liuzhou", 24.3264, 109.4281),
                        tuple("Petaling Jaya", 3.1073, 101.6067),
                        tuple("Shenzhen", 22.5431, 114.0579),
                        tuple("Hamamatsu", 34.7108, 137.7261),
                        tuple("Seoul", 37.5665, 126.9780),
                        tuple("Namur", 50.4674, 4.8720),
                        tuple("Toyota", 35.0825, 137.1563),
                        tuple("Cotabato", 7.2236, 124.2464),
                        tuple("Cuenca", -2.9001, -79.0059));
        assertThat(card.map.getMarkers())
                .hasSize(20)
                .allSatisfy(marker -> assertThat(marker.id()).isNotNull());
        assertThat(card.map.getView()).isEqualTo(PartnerMap.View.WORLD);
        assertThat(card.map.getElement().getAttribute("view")).isEqualTo("world");
        // Every briefing partner has its coordinates: nothing to count beside the map.
        assertThat(card.missing.isVisible()).isFalse();
    }

    @Test
    void partners_without_coordinates_are_counted_beside_the_map_with_a_link_to_them_and_follow_live() {
        await().atMost(Duration.ofSeconds(15)).until(live::isListening);
        MapCard card = openDashboard().map;
        assertThat(card.missing.isVisible()).isFalse();

        records.city(Records.unique("Kota Tanpa Peta")); // no coordinates
        records.city(Records.unique("Kota Tanpa Peta"));
        records.city(Records.unique("Kota Tanpa Peta"));

        // Three saves, three commits: a refresh may show the first ones before the third arrives.
        ServerPush.awaitUntil(
                () -> card.missing.isVisible() && LightText.get(card.missing).startsWith("3 "));
        assertThat(LightText.get(card.missing)).isEqualTo("3 mitra belum berkoordinat");
        assertThat(card.missing.getHref()).isEqualTo("partners?missing=COORDINATES");
        assertThat(card.missing.getElement().hasAttribute("router-link")).isTrue();
        assertThat(card.map.getMarkers()).hasSize(20);

        String[] href = card.missing.getHref().split("\\?", 2);
        UI.getCurrent().navigate(href[0], QueryParameters.fromString(href[1]));
        assertThat(_get(PartnerListView.class)).isNotNull();
        long without = jdbc.queryForObject(
                "select count(*) from partner where latitude is null or longitude is null", Long.class);
        assertThat(without).isEqualTo(3);
    }

    @Test
    void a_marker_opens_its_partner_and_the_tabs_switch_between_the_world_and_indonesia() {
        MapCard card = openDashboard().map;
        card.views.setSelectedIndex(1);
        assertThat(card.map.getView()).isEqualTo(PartnerMap.View.INDONESIA);
        assertThat(card.map.getElement().getAttribute("view")).isEqualTo("indonesia");
        card.views.setSelectedIndex(0);
        assertThat(card.map.getElement().getAttribute("view")).isEqualTo("world");

        long suwon = jdbc.queryForObject("select id from partner where name = 'Suwon'", Long.class);
        ComponentUtil.fireEvent(card.map, new PartnerMap.OpenEvent(card.map, true, suwon));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("partners/" + suwon);
        assertThat(_get(PartnerListView.class)).isNotNull();
    }

    @Test
    void the_markers_go_to_the_browser_from_an_address_of_their_own_never_in_flows_messages() throws IOException {
        MapCard card = openDashboard().map;

        // Vaadin keeps a screen's last response and last push message: the markers are in neither.
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .noneMatch(call -> call.getOwner() == card.map.getElement().getNode());
        assertThat(card.map.getElement().getPropertyNames()).containsExactly("texts");
        String src = card.map.getElement().getAttribute("src");
        assertThat(src).startsWith("VAADIN/dynamic/resource/").endsWith("/markers.json");

        // A refresh that brings an equal list keeps the address, so the browser fetches nothing; a changed one gets
        // a new address.
        List<MapMarker> equal = new ArrayList<>(card.map.getMarkers());
        card.map.setMarkers(equal);
        assertThat(card.map.getElement().getAttribute("src")).isEqualTo(src);
        assertThat(card.map.getMarkers()).isSameAs(equal);
        card.map.setMarkers(equal.subList(0, 19));
        assertThat(card.map.getElement().getAttribute("src")).isNotEqualTo(src).endsWith("/markers.json");
        card.map.setMarkers(equal);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PartnerMap.writeMarkers(card.map.getMarkers(), out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertThat(json.path("kinds"))
                .extracting(JsonNode::asText)
                .containsExactly("SISTER_CITY", "INSTITUTION", "ADOPTING_REGION", "REGIONAL", "OTHER");
        assertThat(json.path("markers")).hasSize(20);
        long suwon = jdbc.queryForObject("select id from partner where name = 'Suwon'", Long.class);
        assertThat(json.path("markers"))
                .filteredOn(marker -> marker.path(1).asText().equals("Suwon"))
                .singleElement()
                .hasToString("[" + suwon + ",\"Suwon\",37.2636,127.0286,0]");
    }

    private DashboardView openDashboard() {
        signIn("pimpinan");
        navigate("");
        DashboardView view = _get(DashboardView.class);
        ServerPush.awaitUntil(() ->
                !view.hasClassName("loading") && !view.map.map.getMarkers().isEmpty());
        return view;
    }
}
