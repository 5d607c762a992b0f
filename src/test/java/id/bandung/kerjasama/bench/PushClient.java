package id.bandung.kerjasama.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * A light client that speaks Vaadin's protocol as the browser does, without drawing anything: it signs in through the
 * form, opens a route (bootstrap, then UIDL requests over HTTP: the navigation, then the change events a browser sends
 * once it has bound the view's elements), and keeps the push WebSocket open, noting the moment a pushed message carries an expected text. Fifty of
 * them cost the server exactly what fifty open dashboards cost, while the two cores of the bench machine are not spent
 * drawing fifty sets of charts.
 */
final class PushClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UIDL_PREFIX = "for(;;);";

    private final HttpClient http;
    private final String base;
    private String csrfToken;
    private int uiId;
    private String pushId;
    private int syncId;
    private int clientId;
    private WebSocket socket;
    private volatile String expected;
    private volatile long seenAt;
    private final java.util.concurrent.atomic.AtomicLong messages = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong failures = new java.util.concurrent.atomic.AtomicLong();
    private JsonNode view;

    private PushClient(String base) {
        this.base = base;
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Signs in as {@code username} and opens {@code route} (e.g. "" for the dashboard) with push connected. */
    static PushClient open(String base, String username, String password, String route) throws Exception {
        PushClient client = new PushClient(base);
        client.signIn(username, password);
        client.bootstrap(route);
        client.navigate(route);
        client.connectPush();
        return client;
    }

    /** From now on, notes the first pushed message that contains {@code fragment} as it is written in the JSON. */
    void expect(String fragment) {
        seenAt = 0;
        expected = fragment;
    }

    /** When, in epoch milliseconds, the expected text arrived; 0 while it has not. */
    long seenAt() {
        return seenAt;
    }

    /** How many messages the server has pushed so far. */
    long messages() {
        return messages.get();
    }

    /** How many requests failed or how often the push connection broke. */
    long failures() {
        return failures.get();
    }

    /** The response that opened the route: the view's elements, for a client that acts on them. */
    JsonNode view() {
        return view;
    }

    /** Sends {@code rpc} as the browser would (one UIDL request) and answers the server's response. */
    JsonNode send(List<JsonNode> rpc) throws Exception {
        try {
            return uidl(rpc);
        } catch (Exception e) {
            failures.incrementAndGet();
            throw e;
        }
    }

    private void signIn(String username, String password) throws Exception {
        send(HttpRequest.newBuilder(URI.create(base + "login")).GET());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in refused: " + response.statusCode() + " " + location);
        }
    }

    private void bootstrap(String route) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(
                        base + "?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query="))
                .GET());
        JsonNode config = JSON.readTree(response.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        uiId = config.path("v-uiId").asInt();
        csrfToken = uidl.path("Vaadin-Security-Key").asText();
        pushId = uidl.path("Vaadin-Push-ID").asText();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
    }

    private void navigate(String route) throws Exception {
        ObjectNode data = JSON.createObjectNode()
                .put("route", route)
                .put("query", "")
                .put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        ObjectNode event =
                JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        event.set("data", data);
        JsonNode navigated = uidl(List.of(event));
        view = navigated;
        // Once it has bound the view's elements, a browser sends at once the change events of their synchronised
        // properties (the app layout's drawerOpened, the side navigation's expanded, a combo box's opened and
        // filter). Vaadin keeps each UI's last response to answer a repeated request, and after this message that is
        // its short reply, not the whole view: a client that skipped it would keep the view's first response, about
        // 57 KB, on the server as no browser does. The light client has no elements to read the values from, so it
        // sends the events without them.
        List<JsonNode> bound = propertyChangeEvents(navigated);
        if (!bound.isEmpty()) {
            uidl(bound);
        }
    }

    /** An event for each listener in {@code message} that synchronises a property ("}name" in its constant). */
    private static List<JsonNode> propertyChangeEvents(JsonNode message) {
        JsonNode constants = message.path("constants");
        List<JsonNode> events = new ArrayList<>();
        for (JsonNode change : message.path("changes")) {
            String name = change.path("key").asText();
            JsonNode listener = constants.path(change.path("value").asText());
            boolean synchronises = false;
            for (var fields = listener.fieldNames(); fields.hasNext(); ) {
                synchronises |= fields.next().startsWith("}");
            }
            if ("put".equals(change.path("type").asText()) && name.endsWith("-changed") && synchronises) {
                events.add(JSON.createObjectNode()
                        .put("type", "event")
                        .put("node", change.path("node").asInt())
                        .put("event", name)
                        .set("data", JSON.createObjectNode()));
            }
        }
        return events;
    }

    private JsonNode uidl(List<JsonNode> rpc) throws Exception {
        ObjectNode body = JSON.createObjectNode()
                .put("csrfToken", csrfToken)
                .put("syncId", syncId)
                .put("clientId", clientId);
        body.putArray("rpc").addAll(rpc);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        String text = response.body();
        if (response.statusCode() != 200 || !text.startsWith(UIDL_PREFIX)) {
            throw new IllegalStateException("UIDL request failed: " + response.statusCode());
        }
        JsonNode message = JSON.readTree(text.substring(UIDL_PREFIX.length())).get(0);
        syncId = message.path("syncId").asInt(syncId);
        clientId = message.path("clientId").asInt(clientId + 1);
        return message;
    }

    private void connectPush() throws Exception {
        String query = "v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0"
                + "&X-Atmosphere-Framework=3.0.5&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&X-atmo-protocol=true"
                + "&Content-Type=" + URLEncoder.encode("application/json; charset=UTF-8", StandardCharsets.UTF_8)
                + "&X-Vaadin-LastSeenServerSyncId=" + syncId;
        URI uri = URI.create(base.replaceFirst("^http", "ws") + "VAADIN/push?" + query);
        socket = http.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new Listener())
                .get(10, TimeUnit.SECONDS);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                messages.incrementAndGet();
                String wanted = expected;
                if (wanted != null && seenAt == 0 && message.indexOf(wanted) >= 0) {
                    seenAt = System.currentTimeMillis();
                }
                message.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            failures.incrementAndGet();
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            failures.incrementAndGet(); // the server never closes an open screen's push connection by itself
            return null;
        }
    }
}
