package id.bandung.kerjasama.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import id.bandung.kerjasama.base.ui.Highlight;
import id.bandung.kerjasama.base.ui.LightText;
import java.util.Objects;

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
    private String reference;
    private String source;

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

    /**
     * A sourced reference figure under the count ("4 dari 53 daerah tercatat", "Acuan: …"), or none for {@code
     * null}; it stands apart from the card's own figure.
     */
    void setReference(String line, String sourceLabel) {
        if (Objects.equals(line, reference) && Objects.equals(sourceLabel, source)) {
            return;
        }
        reference = line;
        source = sourceLabel;
        render();
    }

    /** The reference line, or null when the card shows none. */
    String getReference() {
        return reference;
    }

    String getSource() {
        return source;
    }

    private void render() {
        LightText.markup(
                this,
                LightText.span("kpi-label", label)
                        + LightText.span("kpi-value", value)
                        + LightText.span("kpi-caption", caption)
                        + (reference == null
                                ? ""
                                : "<span class=\"kpi-reference\">" + LightText.span("kpi-reference-line", reference)
                                        + LightText.span("kpi-reference-source", source) + "</span>"));
    }
}
