package id.bandung.kerjasama.base.ui.chart;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.shared.Registration;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.LightText;

/**
 * A titled chart with its text alternatives: a summary that screen readers read, and a button that shows the
 * numbers as a table. A chart without data says so instead of drawing nothing: the summary then shows as the empty
 * state. OptionalText are element properties and the table exists only while shown, so that each open screen keeps few
 * components on the server (see {@link LightText}).
 */
public class ChartCard extends Composite<Section> {

    private static final String SUMMARY = "chart-summary";
    private static final String EMPTY = "chart-empty";

    final ApexChart chart = new ApexChart();
    private final H3 title = new H3();
    private final Paragraph summary = new Paragraph();
    private final Button tableToggle = new Button();
    private Div table;

    public ChartCard(String id, String titleText) {
        Section section = getContent();
        section.setId(id);
        section.addClassName("chart-card");
        LightText.set(title, titleText);
        title.setId(id + "-title");
        summary.addClassName(SUMMARY);
        summary.setId(id + "-summary");
        chart.getElement().setAttribute("aria-describedby", id + "-summary");
        chart.addClassName("chart");
        tableToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        tableToggle.addClassName("chart-table-toggle");
        tableToggle.addClickListener(event -> showTable(table == null));
        showTable(false);
        Div header = new Div(title, tableToggle);
        header.addClassName("chart-header");
        section.add(header, summary, chart);
    }

    /**
     * Shows a chart, or the empty state when it has no value above zero.
     *
     * @param summaryText one or two sentences with the main figures, for those who do not see the chart
     */
    public void show(ChartSpec spec, String summaryText) {
        boolean data = spec.hasData();
        chart.setVisible(data);
        tableToggle.setVisible(data);
        LightText.set(summary, data ? summaryText : getTranslation("chart.empty"));
        summary.setClassName(SUMMARY, data);
        summary.setClassName(EMPTY, !data);
        chart.setSpec(spec, LightText.get(title));
        if (table != null) {
            showTable(data);
        }
    }

    public ChartSpec spec() {
        return chart.getSpec();
    }

    public ApexChart chart() {
        return chart;
    }

    public Registration addClickListener(ComponentEventListener<ChartClickEvent> listener) {
        chart.getElement().getStyle().set("cursor", "pointer");
        return chart.addClickListener(listener);
    }

    /** The table is built only while shown: most never open it, and every open screen keeps its components. */
    private void showTable(boolean visible) {
        if (table != null) {
            getContent().remove(table);
            table = null;
        }
        boolean shown = visible && chart.getSpec() != null; // nothing to show before the first figures
        if (shown) {
            table = new Div(table(chart.getSpec()));
            table.addClassName("chart-table");
            getContent().add(table);
        }
        // Icon and label as markup: one component instead of three
        LightText.markup(
                tableToggle,
                "<vaadin-icon icon=\"vaadin:table\" slot=\"prefix\"></vaadin-icon>"
                        + LightText.escape(getTranslation(shown ? "chart.table.hide" : "chart.table.show")));
        tableToggle.getElement().setAttribute("aria-expanded", String.valueOf(shown));
    }

    private NativeTable table(ChartSpec spec) {
        NativeTable numbers = new NativeTable();
        numbers.setCaptionText(LightText.get(title));
        NativeTableRow head = numbers.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("chart.table.category"));
        spec.series().forEach(series -> head.addHeaderCell().setText(series.name()));
        for (int i = 0; i < spec.categories().size(); i++) {
            NativeTableRow row = numbers.getBody().addRow();
            row.addHeaderCell().setText(spec.categories().get(i));
            for (ChartSeries series : spec.series()) {
                row.addDataCell().setText(Formats.number(series.data().get(i), getLocale()));
            }
        }
        return numbers;
    }
}
