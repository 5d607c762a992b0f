package id.bandung.kerjasama.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A headline number with its label and a short explanation. */
class KpiCard extends Div {

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

    void setValue(String text) {
        value.setText(text);
    }

    void setCaption(String text) {
        caption.setText(text);
    }

    String getValue() {
        return value.getText();
    }
}
