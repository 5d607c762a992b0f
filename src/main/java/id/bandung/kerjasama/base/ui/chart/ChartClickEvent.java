package id.bandung.kerjasama.base.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A click on a bar or a slice: which series and which category (data point) it was. */
@DomEvent("chart-click")
public class ChartClickEvent extends ComponentEvent<ApexChart> {

    private final int seriesIndex;
    private final int dataPointIndex;

    public ChartClickEvent(
            ApexChart source,
            boolean fromClient,
            @EventData("event.detail.seriesIndex") int seriesIndex,
            @EventData("event.detail.dataPointIndex") int dataPointIndex) {
        super(source, fromClient);
        this.seriesIndex = seriesIndex;
        this.dataPointIndex = dataPointIndex;
    }

    public int seriesIndex() {
        return seriesIndex;
    }

    public int dataPointIndex() {
        return dataPointIndex;
    }
}
