package id.bandung.kerjasama.base.ui.chart;

import java.util.List;

/** One named series of values, one per category. */
public record ChartSeries(String name, List<Long> data) {

    public ChartSeries {
        data = List.copyOf(data);
    }

    public long total() {
        return data.stream().mapToLong(Long::longValue).sum();
    }
}
