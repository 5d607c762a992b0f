package id.bandung.kerjasama.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import id.bandung.kerjasama.base.ui.Highlight;
import id.bandung.kerjasama.base.ui.LightText;

/**
 * A headline number with its label and a short explanation, as a link to the records behind it (a router link: the
 * browser navigates within the app, and Enter, middle click and "open in new tab" work as on any link). The card is
 * one element whose three lines are markup, not components: every open dashboard keeps its cards on the server.
 */
class KpiCard extends Anchor {

    static final String PLACEHOLDER = "…";

    private final String label;
    private final String caption;
    private String value = "";

    KpiCard(String id, String label, String caption) {
        this.label = label;
        this.caption = caption;
        setId(id);
        addClassNames("kpi-card", "kpi-link");
        getElement().setAttribute("router-link", true);
        render();
    }

    /** Shows a figure; a figure that changed while the card was showing one lights up briefly. */
    void setValue(String text) {
        String previous = value;
        if (text.equals(previous)) {
            return;
        }
        value = text;
        render();
        if (!previous.isEmpty() && !previous.equals(PLACEHOLDER)) {
            Highlight.changed(this, ".kpi-value");
        }
    }

    String getValue() {
        return value;
    }

    private void render() {
        LightText.markup(
                this,
                LightText.span("kpi-label", label)
                        + LightText.span("kpi-value", value)
                        + LightText.span("kpi-caption", caption));
    }
}
