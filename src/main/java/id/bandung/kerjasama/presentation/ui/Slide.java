package id.bandung.kerjasama.presentation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.Highlight;

/** One slide: a title and what it shows, drawn again from new figures without losing its place. */
abstract class Slide extends Composite<Section> {

    final SlideKey key;
    private final H2 title = new H2();

    Slide(SlideKey key) {
        this.key = key;
        Section section = getContent();
        section.addClassNames("slide", "slide-" + key.urlName);
        section.setId("slide-" + key.urlName);
        section.getElement().setAttribute("aria-roledescription", getTranslation("presentation.slide"));
        title.addClassName("slide-title");
        section.add(title);
    }

    void setTitle(String text) {
        title.setText(text);
        getContent().getElement().setAttribute("aria-label", text);
    }

    String getTitle() {
        return title.getText();
    }

    void add(Component... components) {
        getContent().add(components);
    }

    abstract void show(PresentationData data);

    /** Shows a number in the UI's format, highlighted briefly when it changed from one shown before. */
    void showNumber(Span value, long number) {
        String text = Formats.number(number, getLocale());
        if (!text.equals(value.getText())) {
            boolean shownBefore = !value.getText().isEmpty();
            value.setText(text);
            if (shownBefore) {
                Highlight.changed(value);
            }
        }
    }
}
