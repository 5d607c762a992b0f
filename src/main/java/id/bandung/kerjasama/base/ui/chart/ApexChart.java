package id.bandung.kerjasama.base.ui.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.Map;

/**
 * A chart drawn by ApexCharts 4.7.0 (MIT; later versions are not under an open licence) in the web component
 * {@code frontend/components/kerjasama-chart.ts}. The view gives a {@link ChartSpec}; the component follows the
 * light/dark theme, resizes with its container, offers the ApexCharts download menu (PNG, SVG, CSV) in the UI's
 * language, and reports clicks on bars and slices as {@link ChartClickEvent}s.
 */
@Tag("kerjasama-chart")
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./components/kerjasama-chart.ts")
public class ApexChart extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();
    private ChartSpec spec;

    public ApexChart() {
        getElement().setAttribute("role", "img");
    }

    /** Draws {@code value}; the accessible name comes from the chart's title. */
    public void setSpec(ChartSpec value, String accessibleName) {
        if (value.equals(spec) && accessibleName.equals(getElement().getAttribute("aria-label"))) {
            return; // unchanged: nothing to send, nothing to redraw
        }
        this.spec = value;
        getElement().setAttribute("aria-label", accessibleName);
        Map<String, Object> texts = Map.of(
                "menu", getTranslation("chart.toolbar.menu"),
                "png", getTranslation("chart.toolbar.png"),
                "svg", getTranslation("chart.toolbar.svg"),
                "csv", getTranslation("chart.toolbar.csv"),
                "total", getTranslation("chart.total"));
        ClientConfig config = new ClientConfig(value, getLocale().toLanguageTag(), texts);
        try {
            getElement().setProperty("config", JSON.writeValueAsString(config));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A chart specification could not be written as JSON", e);
        }
    }

    public ChartSpec getSpec() {
        return spec;
    }

    public Registration addClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }

    /** What the web component reads: the chart, the language for numbers and the toolbar's texts. */
    record ClientConfig(ChartSpec spec, String locale, Map<String, Object> texts) {}
}
