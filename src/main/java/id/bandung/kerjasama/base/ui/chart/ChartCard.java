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
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import id.bandung.kerjasama.base.ui.Formats;

/**
 * A titled chart with its text alternatives: a summary that screen readers read, and a button that shows the
 * numbers as a table. A chart without data says so instead of drawing nothing.
 */
public class ChartCard extends Composite<Section> {

    final ApexChart chart = new ApexChart();
    private final H3 title = new H3();
    private final Paragraph summary = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private final Div table = new Div();
    private final Button tableToggle = new Button();

    public ChartCard(String id, String titleText) {
        Section section = getContent();
        section.setId(id);
        section.addClassName("chart-card");
        title.setText(titleText);
        title.setId(id + "-title");
        summary.addClassName("chart-summary");
        summary.setId(id + "-summary");
        chart.getElement().setAttribute("aria-describedby", id + "-summary");
        chart.addClassName("chart");
        empty.setText(getTranslation("chart.empty"));
        empty.addClassName("chart-empty");
        empty.setVisible(false);
        table.addClassName("chart-table");
        table.setVisible(false);
        tableToggle.setIcon(VaadinIcon.TABLE.create());
        tableToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        tableToggle.addClassName("chart-table-toggle");
        tableToggle.addClickListener(event -> showTable(!table.isVisible()));
        showTable(false);
        Div header = new Div(title, tableToggle);
        header.addClassName("chart-header");
        section.add(header, summary, chart, empty, table);
    }

    /**
     * Shows a chart, or the empty state when it has no value above zero.
     *
     * @param summaryText one or two sentences with the main figures, for those who do not see the chart
     */
    public void show(ChartSpec spec, String summaryText) {
        boolean data = spec.hasData();
        chart.setVisible(data);
        empty.setVisible(!data);
        tableToggle.setVisible(data);
        summary.setText(data ? summaryText : getTranslation("chart.empty"));
        chart.setSpec(spec, title.getText());
        table.removeAll();
        if (table.isVisible()) {
            table.add(table(spec));
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
        table.setVisible(visible);
        table.removeAll();
        if (visible && chart.getSpec() != null) {
            table.add(table(chart.getSpec()));
        }
        tableToggle.setText(getTranslation(visible ? "chart.table.hide" : "chart.table.show"));
        tableToggle.getElement().setAttribute("aria-expanded", String.valueOf(visible));
    }

    private NativeTable table(ChartSpec spec) {
        NativeTable numbers = new NativeTable();
        numbers.setCaptionText(title.getText());
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
