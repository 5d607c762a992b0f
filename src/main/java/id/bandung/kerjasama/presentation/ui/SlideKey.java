package id.bandung.kerjasama.presentation.ui;

import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.dashboard.ui.DashboardChartSpecs.Kind;
import java.util.Arrays;
import java.util.Optional;

/** The slides, by the names the URL uses ({@code presentation?slides=kpi,country,software}), in the default order. */
enum SlideKey {
    KPI("kpi", null, null),
    COUNTRY("country", Kind.COUNTRIES, null),
    CATEGORY("category", Kind.CATEGORIES, null),
    SISTER_CITIES("sister-cities", null, Category.KSDPL),
    INSTITUTIONS("institutions", null, Category.KSDLL),
    FIELD("field", Kind.FIELDS, null),
    STATUS("status", Kind.STATUSES, null),
    YEAR("year", Kind.YEARS, null),
    PROVINCE("province", Kind.PROVINCES, null),
    SOFTWARE("software", Kind.SOFTWARE, null),
    ADOPTION("adoption", Kind.ADOPTIONS, null),
    MONEV("monev", null, null),
    MAP("map", null, null);

    final String urlName;
    /** The dashboard chart the slide shows, if it is one. */
    final Kind chart;
    /** The category whose partners the slide lists, if it lists partners. */
    final Category partners;

    SlideKey(String urlName, Kind chart, Category partners) {
        this.urlName = urlName;
        this.chart = chart;
        this.partners = partners;
    }

    static Optional<SlideKey> byUrlName(String name) {
        return Arrays.stream(values())
                .filter(key -> key.urlName.equalsIgnoreCase(name.strip()))
                .findFirst();
    }
}
