package id.bandung.kerjasama.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.bandung.kerjasama.base.ui.Highlight;

/** A headline number with its label and a short explanation; a click opens the records behind it. */
class KpiCard extends Div {

    static final String PLACEHOLDER = "…";

    private final Span value = new Span();
    private final Span caption = new Span();

    KpiCard(String id, String label, String caption) {
        setId(id);
        addClassName("kpi-card");
        Span labelText = new Span(label);
        labelText.addClassName("kpi-label");
        value.addClassName("kpi-value");
        this.caption.setText(caption);
        this.caption.addClassName("kpi-caption");
        add(labelText, value, this.caption);
    }

    /** Shows a figure; a figure that changed while the card was showing one lights up briefly. */
    void setValue(String text) {
        String previous = value.getText();
        if (text.equals(previous)) {
            return;
        }
        value.setText(text);
        if (!previous.isEmpty() && !previous.equals(PLACEHOLDER)) {
            Highlight.changed(value);
        }
    }

    /** Makes the card a link to the list of the records it counts, by mouse or keyboard. */
    void linkTo(Runnable open) {
        addClassName("kpi-link");
        getElement().setAttribute("role", "link");
        getElement().setAttribute("tabindex", "0");
        addClickListener(event -> open.run());
        getElement().addEventListener("keydown", event -> open.run()).setFilter("event.key === 'Enter'");
    }

    void setCaption(String text) {
        caption.setText(text);
    }

    String getValue() {
        return value.getText();
    }
}
