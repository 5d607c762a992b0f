package id.bandung.kerjasama.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import id.bandung.kerjasama.base.ui.chart.ChartCard;
import id.bandung.kerjasama.dashboard.DashboardFigures;
import id.bandung.kerjasama.dashboard.ui.DashboardChartSpecs.Chart;
import id.bandung.kerjasama.dashboard.ui.DashboardChartSpecs.Kind;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The dashboard's eight charts (see {@link DashboardChartSpecs}). A click on a bar or slice opens the matching
 * records: each chart keeps the targets of its last drawing to translate a click back into a filter.
 */
class DashboardCharts extends Composite<Div> {

    static final int COUNTRIES_SHOWN = DashboardChartSpecs.COUNTRIES_SHOWN;

    private final Map<Kind, ChartCard> cards = new EnumMap<>(Kind.class);
    private final Map<Kind, Chart> drawn = new EnumMap<>(Kind.class);

    /** @param open opens a list ("partners", "agreements", …) with a filter */
    DashboardCharts(BiConsumer<String, Map<String, String>> open) {
        Div grid = getContent();
        grid.addClassName("chart-grid");
        for (Kind kind : Kind.values()) {
            ChartCard card =
                    new ChartCard("chart-" + kind.name().toLowerCase(Locale.ROOT), getTranslation(kind.titleKey()));
            cards.put(kind, card);
            grid.add(card);
            card.addClickListener(event -> {
                Chart chart = drawn.get(kind);
                Map<String, String> target =
                        chart == null ? null : chart.target().apply(event.seriesIndex(), event.dataPointIndex());
                if (target != null) {
                    Map<String, String> filter = new LinkedHashMap<>(target);
                    open.accept(filter.remove("list"), filter);
                }
            });
        }
        cards.get(Kind.YEARS).addClassName("chart-wide");
        cards.get(Kind.PROVINCES).addClassName("chart-wide");
    }

    void show(DashboardFigures figures) {
        DashboardChartSpecs specs = new DashboardChartSpecs(getLocale(), false);
        for (Kind kind : Kind.values()) {
            Chart chart = specs.of(kind, figures);
            drawn.put(kind, chart);
            cards.get(kind).show(chart.spec(), chart.summary());
        }
    }

    ChartCard card(Kind kind) {
        return cards.get(kind);
    }
}
