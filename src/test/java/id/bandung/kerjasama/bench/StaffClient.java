package id.bandung.kerjasama.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A member of staff as the light protocol client sees one: signed in, with a record open in its editor (a route such
 * as {@code agreements/<id>}), typing into labelled fields and pressing Save, again and again. Each save is one UIDL
 * request, as a browser sends it: each field's new value with the event that sends it, then the click. A save counts
 * as acknowledged when the response shows the "saved" notification, as the user sees it.
 */
final class StaffClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PushClient client;
    private final JsonNode view;
    private final int save;
    private final ObjectNode clickData;
    private int unexplained;
    private final List<JsonNode> closing = new ArrayList<>();

    private StaffClient(PushClient client) {
        this.client = client;
        this.view = client.view();
        try {
            this.save = parentOf(view, nodeWith(view, "text", "Simpan"));
        } catch (IllegalStateException e) {
            System.err.println("No Save button in the view: " + view);
            throw e;
        }
        this.clickData = eventData(view, save, "click");
    }

    static StaffClient open(String base, String username, String password, String route) throws Exception {
        return new StaffClient(PushClient.open(base, username, password, route));
    }

    /**
     * Sets each labelled field (label → value, as the field shows it: "2015-06-01" for a date) and presses Save;
     * answers whether the response says the record was saved.
     */
    boolean save(Map<String, String> values) throws Exception {
        // A browser closes each notification after its few seconds, and Vaadin then removes it from the UI; the light
        // client closes the ones of the previous save with this one, or the server would keep every one of them.
        List<JsonNode> rpc = new ArrayList<>(closing);
        closing.clear();
        for (Map.Entry<String, String> value : values.entrySet()) {
            int field = nodeWith(view, "label", value.getKey());
            rpc.add(JSON.createObjectNode()
                    .put("type", "mSync")
                    .put("node", field)
                    .put("feature", 1)
                    .put("property", "value")
                    .put("value", value.getValue()));
            rpc.add(event(field, synchronisingEvent(view, field, "value"), JSON.createObjectNode()));
        }
        rpc.add(event(save, "click", clickData));
        JsonNode answer = client.send(rpc);
        closeNotifications(answer);
        String response = answer.toString();
        if (!response.contains("disimpan") && unexplained++ < 1) {
            System.err.println("Save not acknowledged; the response was: " + response);
        }
        return response.contains("disimpan");
    }

    long failures() {
        return client.failures();
    }

    @Override
    public void close() {
        client.close();
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event =
                JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        event.set("data", data);
        return event;
    }

    /** Notes the notifications that {@code response} opened, to close them with the next request. */
    private void closeNotifications(JsonNode response) {
        JsonNode constants = response.path("constants");
        for (JsonNode change : response.path("changes")) {
            if ("tag".equals(change.path("key").asText())
                    && "vaadin-notification".equals(change.path("value").asText())) {
                int node = change.path("node").asInt();
                for (JsonNode listener : response.path("changes")) {
                    if (listener.path("node").asInt() == node
                            && "opened-changed".equals(listener.path("key").asText())) {
                        closing.add(JSON.createObjectNode()
                                .put("type", "mSync")
                                .put("node", node)
                                .put("feature", 1)
                                .put("property", "opened")
                                .put("value", false));
                        closing.add(event(node, "opened-changed", JSON.createObjectNode()));
                    }
                }
            }
        }
    }

    /** The node that has {@code key} (a property or text) set to {@code value} in the view's first response. */
    private static int nodeWith(JsonNode view, String key, String value) {
        for (JsonNode change : view.path("changes")) {
            if ("put".equals(change.path("type").asText())
                    && key.equals(change.path("key").asText())
                    && value.equals(change.path("value").asText())) {
                return change.path("node").asInt();
            }
        }
        throw new IllegalStateException("No element with " + key + " = " + value + " in the view");
    }

    /** The node whose children include {@code child}. */
    private static int parentOf(JsonNode view, int child) {
        for (JsonNode change : view.path("changes")) {
            for (JsonNode added : change.path("addNodes")) {
                if (added.asInt() == child) {
                    return change.path("node").asInt();
                }
            }
        }
        throw new IllegalStateException("Node " + child + " has no parent in the view");
    }

    /** The DOM event on which {@code node} sends {@code property} to the server ("}property" in its listener). */
    private static String synchronisingEvent(JsonNode view, int node, String property) {
        JsonNode constants = view.path("constants");
        for (JsonNode change : view.path("changes")) {
            if (change.path("node").asInt() == node
                    && "put".equals(change.path("type").asText())
                    && constants.path(change.path("value").asText()).has("}" + property)) {
                return change.path("key").asText();
            }
        }
        throw new IllegalStateException("Node " + node + " does not synchronise " + property);
    }

    /**
     * The data a browser sends with {@code event} on {@code node}: each expression its listener asks for, false for
     * the modifier keys and 0 for the rest (no key held, no position).
     */
    private static ObjectNode eventData(JsonNode view, int node, String event) {
        JsonNode constants = view.path("constants");
        ObjectNode data = JSON.createObjectNode();
        for (JsonNode change : view.path("changes")) {
            if (change.path("node").asInt() == node
                    && event.equals(change.path("key").asText())) {
                constants.path(change.path("value").asText()).fieldNames().forEachRemaining(expression -> {
                    if (expression.endsWith("Key")) {
                        data.put(expression, false);
                    } else if (!expression.startsWith("}")) {
                        data.put(expression, 0);
                    }
                });
            }
        }
        return data;
    }
}
