package id.bandung.kerjasama.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import id.bandung.kerjasama.agreement.AgreementStatus;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.base.ui.Countries;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.chart.ChartCard;
import id.bandung.kerjasama.base.ui.chart.ChartSeries;
import id.bandung.kerjasama.base.ui.chart.ChartSpec;
import id.bandung.kerjasama.base.ui.chart.ChartType;
import id.bandung.kerjasama.dashboard.Count;
import id.bandung.kerjasama.dashboard.DashboardFigures;
import id.bandung.kerjasama.dashboard.DashboardService.CategoryKey;
import id.bandung.kerjasama.dashboard.SoftwareCount;
import id.bandung.kerjasama.dashboard.YearCount;
import id.bandung.kerjasama.partner.Province;
import id.bandung.kerjasama.software.AdoptionStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The dashboard's eight charts. Each is drawn from one service call (one query) and a click on a bar or slice opens
 * the matching records: the keys behind each chart's categories are kept to translate a click back into a filter.
 */
class DashboardCharts extends Composite<Div> {

    static final int COUNTRIES_SHOWN = 10;
    static final Map<String, String> CATEGORY_COLOURS = Map.of("KSDD:WAJIB", "#0f4c81", "KSDD:SUKARELA", "#4a90c9",
            "KSDPK", "#0e7490", "KSDPL", "#f4a72c", "KSDLL", "#7c3aed");
    private static final Map<AgreementStatus, String> STATUS_COLOURS = Map.of(AgreementStatus.DRAFT, "#94a3b8",
            AgreementStatus.ACTIVE, "#2e9d6b", AgreementStatus.EXPIRING, "#f59e0b", AgreementStatus.EXPIRED, "#dc2626",
            AgreementStatus.TERMINATED, "#7f1d1d");
    private static final Map<AdoptionStatus, String> ADOPTION_COLOURS = Map.of(AdoptionStatus.REQUESTED, "#94a3b8",
            AdoptionStatus.IN_PROGRESS, "#4a90c9", AdoptionStatus.ADOPTED, "#2e9d6b", AdoptionStatus.DISCONTINUED,
            "#dc2626");

    final ChartCard countries = new ChartCard("chart-countries", getTranslation("dashboard.chart.countries"));
    final ChartCard categories = new ChartCard("chart-categories", getTranslation("dashboard.chart.categories"));
    final ChartCard fields = new ChartCard("chart-fields", getTranslation("dashboard.chart.fields"));
    final ChartCard years = new ChartCard("chart-years", getTranslation("dashboard.chart.years"));
    final ChartCard software = new ChartCard("chart-software", getTranslation("dashboard.chart.software"));
    final ChartCard adoptions = new ChartCard("chart-adoptions", getTranslation("dashboard.chart.adoptions"));
    final ChartCard provinces = new ChartCard("chart-provinces", getTranslation("dashboard.chart.provinces"));
    final ChartCard statuses = new ChartCard("chart-statuses", getTranslation("dashboard.chart.statuses"));

    /** For each chart: the list and filter behind a click on (series, data point); null where there is none. */
    private final Map<ChartCard, BiFunction<Integer, Integer, Map<String, String>>> clickTargets = new HashMap<>();

    /** @param open opens a list ("partners", "agreements", …) with a filter */
    DashboardCharts(BiConsumer<String, Map<String, String>> open) {
        Div grid = getContent();
        grid.addClassName("chart-grid");
        List.of(countries, categories, fields, statuses, years, software, adoptions, provinces).forEach(card -> {
            grid.add(card);
            card.addClickListener(event -> {
                var targets = clickTargets.get(card);
                Map<String, String> target = targets == null ? null
                        : targets.apply(event.seriesIndex(), event.dataPointIndex());
                if (target != null) {
                    Map<String, String> filter = new LinkedHashMap<>(target);
                    open.accept(filter.remove("list"), filter);
                }
            });
        });
        years.addClassName("chart-wide");
        provinces.addClassName("chart-wide");
    }

    void show(DashboardFigures figures) {
        showCountries(figures.partnersByCountry());
        showCategories(figures.agreementsByCategory());
        showFields(figures.agreementsByField());
        showYears(figures.signedPerYear());
        showSoftware(figures.mostAdoptedSoftware());
        showAdoptions(figures.adoptionsByStatus());
        showProvinces(figures.partnersByProvince());
        showStatuses(figures.agreementsByStatus());
    }

    /** Indonesia, then the countries abroad with the most partners, the rest together. */
    private void showCountries(List<Count<String>> rows) {
        List<Count<String>> shown = new ArrayList<>();
        rows.stream().filter(row -> row.key().equals("ID")).findFirst().ifPresent(shown::add);
        rows.stream().filter(row -> !row.key().equals("ID")).limit(COUNTRIES_SHOWN - 1L).forEach(shown::add);
        long rest = rows.stream().mapToLong(Count::count).sum() - shown.stream().mapToLong(Count::count).sum();
        List<String> labels = new ArrayList<>(shown.stream().map(row -> Countries.name(row.key(), getLocale())).toList());
        List<Long> values = new ArrayList<>(shown.stream().map(Count::count).toList());
        List<Map<String, String>> targets = new ArrayList<>(shown.stream()
                .map(row -> Map.of("list", "partners", "country", row.key())).toList());
        if (rest > 0) {
            labels.add(getTranslation("dashboard.other-countries"));
            values.add(rest);
            targets.add(null);
        }
        target(countries, targets);
        countries.show(ChartSpec.bars(true, labels, new ChartSeries(getTranslation("dashboard.series.partners"), values)),
                summary(labels, values, "dashboard.series.partners"));
    }

    private void showCategories(List<Count<CategoryKey>> rows) {
        List<String> keys = List.of("KSDD:WAJIB", "KSDD:SUKARELA", "KSDPK", "KSDPL", "KSDLL");
        Map<String, Long> byKey = rows.stream().collect(Collectors.toMap(row -> key(row.key()), Count::count));
        List<Long> values = keys.stream().map(key -> byKey.getOrDefault(key, 0L)).toList();
        List<String> labels = keys.stream().map(this::categoryLabel).toList();
        target(categories, keys.stream().map(key -> {
            String[] parts = key.split(":");
            return parts.length > 1 ? Map.of("list", "agreements", "category", parts[0], "obligation", parts[1])
                    : Map.of("list", "agreements", "category", parts[0]);
        }).toList());
        categories.show(ChartSpec.donut(labels, new ChartSeries(getTranslation("dashboard.series.agreements"), values),
                keys.stream().map(CATEGORY_COLOURS::get).toList()), summary(labels, values, "dashboard.series.agreements"));
    }

    private void showFields(List<Count<CooperationField>> rows) {
        Map<CooperationField, Long> byField = rows.stream().collect(Collectors.toMap(Count::key, Count::count));
        List<CooperationField> order = Arrays.stream(CooperationField.values())
                .sorted(Comparator.comparing((CooperationField field) -> byField.getOrDefault(field, 0L)).reversed())
                .toList();
        List<String> labels = order.stream().map(field -> getTranslation("agreement.cooperation-field." + field.name()))
                .toList();
        List<Long> values = order.stream().map(field -> byField.getOrDefault(field, 0L)).toList();
        target(fields, order.stream().map(field -> Map.of("list", "agreements", "field", field.name()))
                .toList());
        fields.show(ChartSpec.bars(true, labels, new ChartSeries(getTranslation("dashboard.series.agreements"), values)),
                summary(labels, values, "dashboard.series.agreements"));
    }

    /** Stacked per category; a click on year Y of category C opens C's agreements signed in Y. */
    private void showYears(List<YearCount> rows) {
        List<Integer> yearList = rows.stream().map(YearCount::year).distinct().sorted().toList();
        List<ChartSeries> series = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        for (Category category : Category.values()) {
            List<Long> values = yearList.stream().map(year -> rows.stream()
                    .filter(row -> row.year() == year && row.category() == category)
                    .mapToLong(YearCount::count).sum()).toList();
            series.add(new ChartSeries(category.name(), values));
            colours.add(CATEGORY_COLOURS.getOrDefault(category.name(), CATEGORY_COLOURS.get("KSDD:WAJIB")));
        }
        clickTargets.put(years, (seriesIndex, point) -> seriesIndex < Category.values().length
                && point < yearList.size() ? Map.of("list", "agreements", "category",
                Category.values()[seriesIndex].name(), "from", yearList.get(point) + "-01-01",
                "to", yearList.get(point) + "-12-31") : null);
        List<String> labels = yearList.stream().map(String::valueOf).toList();
        long total = rows.stream().mapToLong(YearCount::count).sum();
        String text = yearList.isEmpty() ? "" : getTranslation("dashboard.summary.years", labels.get(0),
                labels.get(labels.size() - 1), Formats.number(total, getLocale()));
        years.show(new ChartSpec(ChartType.BAR, false, true, labels, series, colours), text);
    }

    private void showSoftware(List<SoftwareCount> rows) {
        List<String> labels = rows.stream().map(SoftwareCount::name).toList();
        List<Long> values = rows.stream().map(SoftwareCount::adoptions).toList();
        target(software, rows.stream().map(row -> Map.of("list", "adoptions", "software",
                String.valueOf(row.softwareId()), "status", AdoptionStatus.ADOPTED.name())).toList());
        software.show(ChartSpec.bars(true, labels, new ChartSeries(getTranslation("dashboard.series.adoptions"), values)),
                summary(labels, values, "dashboard.series.adoptions"));
    }

    private void showAdoptions(List<Count<AdoptionStatus>> rows) {
        Map<AdoptionStatus, Long> byStatus = rows.stream().collect(Collectors.toMap(Count::key, Count::count));
        List<AdoptionStatus> order = List.of(AdoptionStatus.values());
        List<String> labels = order.stream().map(status -> getTranslation("adoption.status." + status.name())).toList();
        List<Long> values = order.stream().map(status -> byStatus.getOrDefault(status, 0L)).toList();
        target(adoptions, order.stream().map(status -> Map.of("list", "adoptions", "status", status.name()))
                .toList());
        adoptions.show(ChartSpec.donut(labels, new ChartSeries(getTranslation("dashboard.series.adoptions"), values),
                order.stream().map(ADOPTION_COLOURS::get).toList()), summary(labels, values, "dashboard.series.adoptions"));
    }

    private void showProvinces(List<Count<Province>> rows) {
        List<String> labels = rows.stream().map(row -> row.key().officialName()).toList();
        List<Long> values = rows.stream().map(Count::count).toList();
        target(provinces, rows.stream().map(row -> Map.of("list", "partners", "country", "ID", "province",
                row.key().name())).toList());
        provinces.show(ChartSpec.bars(true, labels, new ChartSeries(getTranslation("dashboard.series.partners"), values)),
                summary(labels, values, "dashboard.series.partners"));
    }

    private void showStatuses(List<Count<AgreementStatus>> rows) {
        Map<AgreementStatus, Long> byStatus = rows.stream().collect(Collectors.toMap(Count::key, Count::count));
        List<AgreementStatus> order = List.of(AgreementStatus.values());
        List<String> labels = order.stream().map(status -> getTranslation("agreement.status." + status.name())).toList();
        List<Long> values = order.stream().map(status -> byStatus.getOrDefault(status, 0L)).toList();
        target(statuses, order.stream().map(status -> Map.of("list", "agreements", "status", status.name()))
                .toList());
        statuses.show(ChartSpec.donut(labels, new ChartSeries(getTranslation("dashboard.series.agreements"), values),
                order.stream().map(STATUS_COLOURS::get).toList()), summary(labels, values, "dashboard.series.agreements"));
    }

    /** Clicks on a single-series chart or a donut: the n-th category's target. */
    private void target(ChartCard card, List<Map<String, String>> targets) {
        clickTargets.put(card, (series, point) -> point >= 0 && point < targets.size() ? targets.get(point) : null);
    }

    private String categoryLabel(String key) {
        String[] parts = key.split(":");
        return parts.length > 1 ? parts[0] + " " + getTranslation("agreement.obligation." + parts[1]).toLowerCase(getLocale())
                : parts[0];
    }

    private static String key(CategoryKey key) {
        return key.obligation() == null ? key.category().name() : key.category().name() + ":" + key.obligation().name();
    }

    /** "Indonesia 4, Jepang 3, Tiongkok 3 and 5 more, 20 partners in all." */
    private String summary(List<String> labels, List<Long> values, String unitKey) {
        long total = values.stream().mapToLong(Long::longValue).sum();
        String top = IntStream.range(0, Math.min(3, labels.size()))
                .mapToObj(i -> labels.get(i) + " " + Formats.number(values.get(i), getLocale()))
                .collect(Collectors.joining(", "));
        return getTranslation("dashboard.summary", top, Formats.number(total, getLocale()),
                getTranslation(unitKey).toLowerCase(getLocale()));
    }
}
