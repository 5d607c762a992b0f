package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.Component;

/** A brief glow on a figure that just changed by itself, so that a live update does not pass unnoticed. */
public final class Highlight {

    private static final String RESTART = """
            this.classList.remove('just-changed');
            void this.offsetWidth;
            this.classList.add('just-changed');""";

    private Highlight() {
    }

    public static void changed(Component component) {
        component.getElement().executeJs(RESTART);
    }
}
