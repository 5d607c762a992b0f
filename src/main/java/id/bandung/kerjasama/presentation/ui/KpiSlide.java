package id.bandung.kerjasama.presentation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.bandung.kerjasama.dashboard.BriefingReference;
import id.bandung.kerjasama.dashboard.HeadlineFigures;
import id.bandung.kerjasama.dashboard.ui.Coverage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The headline numbers, as large as the screen allows; under the regions and the software, the 2017 briefing's figure
 * they compare with, labelled with its source.
 */
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

    /** The figures shown against a figure of the briefing. */
    private static final Map<String, BriefingReference> REFERENCES =
            Map.of("regions", BriefingReference.REGIONS, "software", BriefingReference.SOFTWARE);

    private final Map<String, Span> values = new LinkedHashMap<>();
    private final Map<String, Span> coverage = new LinkedHashMap<>();
    private final Map<String, Span> sources = new LinkedHashMap<>();

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
            if (REFERENCES.containsKey(key)) {
                Span line = new Span();
                line.addClassName("slide-figure-coverage");
                Span source = new Span(Coverage.source(this, getLocale()));
                source.addClassName("slide-figure-source");
                Div reference = new Div(line, source);
                reference.addClassName("slide-figure-reference");
                figure.add(reference);
                coverage.put(key, line);
                sources.put(key, source);
            }
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
            long count = figure.applyAsLong(data.figures().headline());
            if (REFERENCES.containsKey(key)) {
                coverage.get(key).setText(Coverage.line(this, getLocale(), key, REFERENCES.get(key), count));
            }
            showNumber(value, count);
        });
    }

    String value(String key) {
        return values.get(key).getText();
    }

    /** The line comparing a figure with the briefing's, with its source: "4 dari 53 daerah tercatat · Acuan: …". */
    String coverage(String key) {
        return coverage.get(key).getText() + " · " + sources.get(key).getText();
    }
}
