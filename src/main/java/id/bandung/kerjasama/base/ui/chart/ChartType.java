package id.bandung.kerjasama.base.ui.chart;

/** The kinds of chart the dashboard draws. */
public enum ChartType {
    BAR,
    DONUT,
    LINE,
    AREA
}
