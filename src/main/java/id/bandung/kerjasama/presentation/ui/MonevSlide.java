package id.bandung.kerjasama.presentation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.bandung.kerjasama.dashboard.HeadlineFigures;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Monitoring and evaluation at a glance: the agreements in force, how many were reported on in the last twelve
 * months, and how many in force over a year have no report (the dashboard's "monev" figure).
 */
class MonevSlide extends Slide {

    private static final Map<String, ToLongFunction<HeadlineFigures>> FIGURES = new LinkedHashMap<>();

    static {
        FIGURES.put("in-force", HeadlineFigures::inForce);
        FIGURES.put("reported", HeadlineFigures::monevReported);
        FIGURES.put("overdue", HeadlineFigures::monevOverdue);
    }

    private final Map<String, Span> values = new LinkedHashMap<>();

    MonevSlide() {
        super(SlideKey.MONEV);
        setTitle(getTranslation("presentation.slide.monev"));
        Div grid = new Div();
        grid.addClassName("slide-figures");
        grid.addClassName("slide-figures-monev");
        FIGURES.keySet().forEach(key -> {
            Span value = new Span();
            value.addClassName("slide-figure-value");
            Span label = new Span(getTranslation("presentation.monev." + key));
            label.addClassName("slide-figure-label");
            Div figure = new Div(value, label);
            figure.addClassName("slide-figure");
            figure.setId("figure-monev-" + key);
            if (key.equals("overdue")) {
                figure.addClassName("slide-figure-attention");
            }
            values.put(key, value);
            grid.add(figure);
        });
        add(grid);
    }

    @Override
    void show(PresentationData data) {
        FIGURES.forEach((key, figure) ->
                showNumber(values.get(key), figure.applyAsLong(data.figures().headline())));
    }

    String value(String key) {
        return values.get(key).getText();
    }
}
