package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.Component;

/** A brief glow on a figure that just changed by itself, so that a live update does not pass unnoticed. */
public final class Highlight {

    private static final String RESTART = """
            const figure = $0 ? this.querySelector($0) : this;
            if (figure) {
              figure.classList.remove('just-changed');
              void figure.offsetWidth;
              figure.classList.add('just-changed');
            }""";

    private Highlight() {}

    public static void changed(Component component) {
        component.getElement().executeJs(RESTART, "");
    }

    /** Lights up the element inside {@code component} that {@code selector} finds (e.g. {@code ".kpi-value"}). */
    public static void changed(Component component, String selector) {
        component.getElement().executeJs(RESTART, selector);
    }
}
