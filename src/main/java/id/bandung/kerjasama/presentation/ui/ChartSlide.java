package id.bandung.kerjasama.presentation.ui;

import com.vaadin.flow.component.html.Paragraph;
import id.bandung.kerjasama.base.ui.chart.ApexChart;
import id.bandung.kerjasama.dashboard.ui.DashboardChartSpecs;
import id.bandung.kerjasama.dashboard.ui.DashboardChartSpecs.Chart;

/** One of the dashboard's charts, in type for the back of the room, with its main figures in a sentence. */
class ChartSlide extends Slide {

    private final Paragraph summary = new Paragraph();
    private final Paragraph empty = new Paragraph();
    final ApexChart chart = new ApexChart();
    private final boolean bright;

    /** @param bright colours for the dark screen */
    ChartSlide(SlideKey key, boolean bright) {
        super(key);
        this.bright = bright;
        summary.addClassName("slide-summary");
        empty.addClassName("slide-empty");
        empty.setText(getTranslation("chart.empty"));
        chart.addClassName("slide-chart");
        chart.getElement().setAttribute("large", "");
        add(summary, chart, empty);
    }

    @Override
    void show(PresentationData data) {
        DashboardChartSpecs specs = new DashboardChartSpecs(getLocale(), bright);
        setTitle(specs.title(key.chart));
        Chart drawn = specs.of(key.chart, data.figures());
        boolean hasData = drawn.spec().hasData();
        summary.setText(hasData ? drawn.summary() : "");
        summary.setVisible(hasData);
        empty.setVisible(!hasData);
        chart.setVisible(hasData);
        chart.setSpec(drawn.spec(), getTitle());
    }
}
