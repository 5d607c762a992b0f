package id.bandung.kerjasama.presentation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.Highlight;
import id.bandung.kerjasama.dashboard.HeadlineFigures;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/** The headline numbers, as large as the screen allows. */
class KpiSlide extends Slide {

    private static final Map<String, ToLongFunction<HeadlineFigures>> FIGURES = new LinkedHashMap<>();

    static {
        FIGURES.put("partners", HeadlineFigures::partners);
        FIGURES.put("regions", HeadlineFigures::indonesianRegions);
        FIGURES.put("sister-cities", HeadlineFigures::sisterCities);
        FIGURES.put("institutions", HeadlineFigures::foreignInstitutions);
        FIGURES.put("active", cards -> cards.active() + cards.expiring());
        FIGURES.put("software", HeadlineFigures::software);
        FIGURES.put("adoptions", HeadlineFigures::adoptions);
        FIGURES.put("adopting-regions", HeadlineFigures::adoptingRegions);
    }

    private final Map<String, Span> values = new LinkedHashMap<>();

    KpiSlide() {
        super(SlideKey.KPI);
        setTitle(getTranslation("presentation.slide.kpi"));
        Div grid = new Div();
        grid.addClassName("slide-figures");
        FIGURES.keySet().forEach(key -> {
            Span value = new Span();
            value.addClassName("slide-figure-value");
            Span label = new Span(
                    getTranslation(key.equals("active") ? "presentation.figure.active" : "dashboard.card." + key));
            label.addClassName("slide-figure-label");
            Div figure = new Div(value, label);
            figure.addClassName("slide-figure");
            figure.setId("figure-" + key);
            values.put(key, value);
            grid.add(figure);
        });
        add(grid);
    }

    @Override
    void show(PresentationData data) {
        FIGURES.forEach((key, figure) -> {
            Span value = values.get(key);
            String text = Formats.number(figure.applyAsLong(data.figures().headline()), getLocale());
            if (!text.equals(value.getText())) {
                boolean shownBefore = !value.getText().isEmpty();
                value.setText(text);
                if (shownBefore) {
                    Highlight.changed(value);
                }
            }
        });
    }

    String value(String key) {
        return values.get(key).getText();
    }
}
