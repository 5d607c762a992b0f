package id.bandung.kerjasama.base.ui.chart;

import java.util.List;

/**
 * What a chart shows, as typed data that Jackson turns into the web component's configuration: no JSON is written
 * by hand. For a donut, {@code categories} are the slices and the single series holds their values.
 *
 * @param horizontal bars run left to right (long category names read better)
 * @param stacked    the series of a bar or area chart are stacked
 * @param colors     CSS colours, one per series (or per slice of a donut); empty for the theme's palette
 */
public record ChartSpec(
        ChartType type,
        boolean horizontal,
        boolean stacked,
        List<String> categories,
        List<ChartSeries> series,
        List<String> colors) {

    public ChartSpec {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        colors = List.copyOf(colors);
    }

    public static ChartSpec bars(boolean horizontal, List<String> categories, ChartSeries series) {
        return new ChartSpec(ChartType.BAR, horizontal, false, categories, List.of(series), List.of());
    }

    public static ChartSpec donut(List<String> slices, ChartSeries values, List<String> colors) {
        return new ChartSpec(ChartType.DONUT, false, false, slices, List.of(values), colors);
    }

    /** Whether there is anything to draw: some value above zero. */
    public boolean hasData() {
        return series.stream().anyMatch(one -> one.total() > 0);
    }
}
