package id.bandung.kerjasama.dashboard.ui;

import com.vaadin.flow.i18n.I18NProvider;
import id.bandung.kerjasama.agreement.AgreementStatus;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.base.ui.Countries;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.chart.ChartSeries;
import id.bandung.kerjasama.base.ui.chart.ChartSpec;
import id.bandung.kerjasama.base.ui.chart.ChartType;
import id.bandung.kerjasama.dashboard.Count;
import id.bandung.kerjasama.dashboard.DashboardFigures;
import id.bandung.kerjasama.dashboard.DashboardService.CategoryKey;
import id.bandung.kerjasama.dashboard.YearCount;
import id.bandung.kerjasama.software.AdoptionStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The dashboard's eight charts as data: what each draws, the sentence that says it, and the records behind a click
 * on a bar or slice. The dashboard and the presentation draw the same charts from here; the presentation asks for
 * colours that stand out on a black projector screen.
 */
public final class DashboardChartSpecs {

    /** The charts, in the dashboard's order. */
    public enum Kind {
        COUNTRIES,
        CATEGORIES,
        FIELDS,
        STATUSES,
        YEARS,
        SOFTWARE,
        ADOPTIONS,
        PROVINCES;

        public String titleKey() {
            return "dashboard.chart." + name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One chart.
     *
     * @param target the list and filter behind a click on (series, data point), as {@code list} plus query
     *               parameters; null where a point leads nowhere
     */
    public record Chart(ChartSpec spec, String summary, BiFunction<Integer, Integer, Map<String, String>> target) {}

    static final int COUNTRIES_SHOWN = 10;
    private static final List<String> CATEGORY_KEYS = List.of("KSDD:WAJIB", "KSDD:SUKARELA", "KSDPK", "KSDPL", "KSDLL");
    private static final Map<String, String> CATEGORY_COLOURS = Map.of(
            "KSDD:WAJIB",
            "#0f4c81",
            "KSDD:SUKARELA",
            "#4a90c9",
            "KSDPK",
            "#0e7490",
            "KSDPL",
            "#f4a72c",
            "KSDLL",
            "#7c3aed");
    private static final Map<String, String> CATEGORY_COLOURS_BRIGHT = Map.of(
            "KSDD:WAJIB",
            "#60b5ff",
            "KSDD:SUKARELA",
            "#b3dcff",
            "KSDPK",
            "#2dd4bf",
            "KSDPL",
            "#ffd23f",
            "KSDLL",
            "#d0b3ff");
    private static final Map<AgreementStatus, String> STATUS_COLOURS = Map.of(
            AgreementStatus.DRAFT,
            "#94a3b8",
            AgreementStatus.UNDATED,
            "#6d5bd0",
            AgreementStatus.ACTIVE,
            "#2e9d6b",
            AgreementStatus.EXPIRING,
            "#f59e0b",
            AgreementStatus.EXPIRED,
            "#dc2626",
            AgreementStatus.TERMINATED,
            "#7f1d1d");
    private static final Map<AgreementStatus, String> STATUS_COLOURS_BRIGHT = Map.of(
            AgreementStatus.DRAFT,
            "#cbd5e1",
            AgreementStatus.UNDATED,
            "#a5b4fc",
            AgreementStatus.ACTIVE,
            "#4ade80",
            AgreementStatus.EXPIRING,
            "#fbbf24",
            AgreementStatus.EXPIRED,
            "#f87171",
            AgreementStatus.TERMINATED,
            "#f0abfc");
    private static final Map<AdoptionStatus, String> ADOPTION_COLOURS = Map.of(
            AdoptionStatus.REQUESTED,
            "#94a3b8",
            AdoptionStatus.IN_PROGRESS,
            "#4a90c9",
            AdoptionStatus.ADOPTED,
            "#2e9d6b",
            AdoptionStatus.DISCONTINUED,
            "#dc2626");
    private static final Map<AdoptionStatus, String> ADOPTION_COLOURS_BRIGHT = Map.of(
            AdoptionStatus.REQUESTED,
            "#cbd5e1",
            AdoptionStatus.IN_PROGRESS,
            "#7dd3fc",
            AdoptionStatus.ADOPTED,
            "#4ade80",
            AdoptionStatus.DISCONTINUED,
            "#f87171");

    private final Locale locale;
    private final boolean bright;

    /** @param bright colours for a dark, high-contrast screen */
    public DashboardChartSpecs(Locale locale, boolean bright) {
        this.locale = locale;
        this.bright = bright;
    }

    public String title(Kind kind) {
        return t(kind.titleKey());
    }

    public Chart of(Kind kind, DashboardFigures figures) {
        return switch (kind) {
            case COUNTRIES -> countries(figures.partnersByCountry());
            case CATEGORIES -> categories(figures.agreementsByCategory());
            case FIELDS -> fields(figures.agreementsByField());
            case STATUSES -> statuses(figures.agreementsByStatus());
            case YEARS -> years(figures.signedPerYear());
            case SOFTWARE -> software(figures);
            case ADOPTIONS -> adoptions(figures.adoptionsByStatus());
            case PROVINCES -> provinces(figures);
        };
    }

    /** Indonesia, then the countries abroad with the most partners, the rest together. */
    private Chart countries(List<Count<String>> rows) {
        List<Count<String>> shown = new ArrayList<>();
        rows.stream().filter(row -> row.key().equals("ID")).findFirst().ifPresent(shown::add);
        rows.stream()
                .filter(row -> !row.key().equals("ID"))
                .limit(COUNTRIES_SHOWN - 1L)
                .forEach(shown::add);
        long rest = rows.stream().mapToLong(Count::count).sum()
                - shown.stream().mapToLong(Count::count).sum();
        List<String> labels = new ArrayList<>(
                shown.stream().map(row -> Countries.name(row.key(), locale)).toList());
        List<Long> values = new ArrayList<>(shown.stream().map(Count::count).toList());
        List<Map<String, String>> targets = new ArrayList<>(shown.stream()
                .map(row -> Map.of("list", "partners", "country", row.key()))
                .toList());
        if (rest > 0) {
            labels.add(t("dashboard.other-countries"));
            values.add(rest);
            targets.add(null);
        }
        return bars(labels, values, "dashboard.series.partners", targets);
    }

    private Chart categories(List<Count<CategoryKey>> rows) {
        Map<String, Long> byKey = rows.stream().collect(Collectors.toMap(row -> key(row.key()), Count::count));
        List<Long> values =
                CATEGORY_KEYS.stream().map(key -> byKey.getOrDefault(key, 0L)).toList();
        List<String> labels = CATEGORY_KEYS.stream().map(this::categoryLabel).toList();
        List<Map<String, String>> targets = CATEGORY_KEYS.stream()
                .map(key -> {
                    String[] parts = key.split(":");
                    return parts.length > 1
                            ? Map.of("list", "agreements", "category", parts[0], "obligation", parts[1])
                            : Map.of("list", "agreements", "category", parts[0]);
                })
                .toList();
        Map<String, String> colours = bright ? CATEGORY_COLOURS_BRIGHT : CATEGORY_COLOURS;
        return donut(
                labels,
                values,
                "dashboard.series.agreements",
                CATEGORY_KEYS.stream().map(colours::get).toList(),
                targets);
    }

    private Chart fields(List<Count<CooperationField>> rows) {
        Map<CooperationField, Long> byField = rows.stream().collect(Collectors.toMap(Count::key, Count::count));
        List<CooperationField> order = Arrays.stream(CooperationField.values())
                .sorted(Comparator.comparing((CooperationField field) -> byField.getOrDefault(field, 0L))
                        .reversed())
                .toList();
        List<String> labels = order.stream()
                .map(field -> t("agreement.cooperation-field." + field.name()))
                .toList();
        List<Long> values =
                order.stream().map(field -> byField.getOrDefault(field, 0L)).toList();
        return bars(
                labels,
                values,
                "dashboard.series.agreements",
                order.stream()
                        .map(field -> Map.of("list", "agreements", "field", field.name()))
                        .toList());
    }

    /** Stacked per category; a click on year Y of category C opens C's agreements signed in Y. */
    private Chart years(List<YearCount> rows) {
        List<Integer> yearList =
                rows.stream().map(YearCount::year).distinct().sorted().toList();
        List<ChartSeries> series = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        Map<String, String> palette = bright ? CATEGORY_COLOURS_BRIGHT : CATEGORY_COLOURS;
        for (Category category : Category.values()) {
            List<Long> values = yearList.stream()
                    .map(year -> rows.stream()
                            .filter(row -> row.year() == year && row.category() == category)
                            .mapToLong(YearCount::count)
                            .sum())
                    .toList();
            series.add(new ChartSeries(category.name(), values));
            colours.add(palette.getOrDefault(category.name(), palette.get("KSDD:WAJIB")));
        }
        List<String> labels = yearList.stream().map(String::valueOf).toList();
        long total = rows.stream().mapToLong(YearCount::count).sum();
        String text = yearList.isEmpty()
                ? ""
                : t(
                        "dashboard.summary.years",
                        labels.get(0),
                        labels.get(labels.size() - 1),
                        Formats.number(total, locale));
        return new Chart(
                new ChartSpec(ChartType.BAR, false, true, labels, series, colours),
                text,
                (seriesIndex, point) -> seriesIndex >= 0
                                && seriesIndex < Category.values().length
                                && point >= 0
                                && point < yearList.size()
                        ? Map.of(
                                "list",
                                "agreements",
                                "category",
                                Category.values()[seriesIndex].name(),
                                "from",
                                yearList.get(point) + "-01-01",
                                "to",
                                yearList.get(point) + "-12-31")
                        : null);
    }

    private Chart software(DashboardFigures figures) {
        var rows = figures.mostAdoptedSoftware();
        return bars(
                rows.stream().map(row -> row.name()).toList(),
                rows.stream().map(row -> row.adoptions()).toList(),
                "dashboard.series.adoptions",
                rows.stream()
                        .map(row -> Map.of(
                                "list",
                                "adoptions",
                                "software",
                                String.valueOf(row.softwareId()),
                                "status",
                                AdoptionStatus.ADOPTED.name()))
                        .toList());
    }

    private Chart adoptions(List<Count<AdoptionStatus>> rows) {
        Map<AdoptionStatus, Long> byStatus = rows.stream().collect(Collectors.toMap(Count::key, Count::count));
        List<AdoptionStatus> order = List.of(AdoptionStatus.values());
        Map<AdoptionStatus, String> colours = bright ? ADOPTION_COLOURS_BRIGHT : ADOPTION_COLOURS;
        return donut(
                order.stream()
                        .map(status -> t("adoption.status." + status.name()))
                        .toList(),
                order.stream().map(status -> byStatus.getOrDefault(status, 0L)).toList(),
                "dashboard.series.adoptions",
                order.stream().map(colours::get).toList(),
                order.stream()
                        .map(status -> Map.of("list", "adoptions", "status", status.name()))
                        .toList());
    }

    private Chart provinces(DashboardFigures figures) {
        var rows = figures.partnersByProvince();
        return bars(
                rows.stream().map(row -> row.key().officialName()).toList(),
                rows.stream().map(Count::count).toList(),
                "dashboard.series.partners",
                rows.stream()
                        .map(row -> Map.of(
                                "list",
                                "partners",
                                "country",
                                "ID",
                                "province",
                                row.key().name()))
                        .toList());
    }

    private Chart statuses(List<Count<AgreementStatus>> rows) {
        Map<AgreementStatus, Long> byStatus = rows.stream().collect(Collectors.toMap(Count::key, Count::count));
        List<AgreementStatus> order = List.of(AgreementStatus.values());
        Map<AgreementStatus, String> colours = bright ? STATUS_COLOURS_BRIGHT : STATUS_COLOURS;
        return donut(
                order.stream()
                        .map(status -> t("agreement.status." + status.name()))
                        .toList(),
                order.stream().map(status -> byStatus.getOrDefault(status, 0L)).toList(),
                "dashboard.series.agreements",
                order.stream().map(colours::get).toList(),
                order.stream()
                        .map(status -> Map.of("list", "agreements", "status", status.name()))
                        .toList());
    }

    private Chart bars(List<String> labels, List<Long> values, String unitKey, List<Map<String, String>> targets) {
        return new Chart(
                ChartSpec.bars(true, labels, new ChartSeries(t(unitKey), values)),
                summary(labels, values, unitKey),
                byPoint(targets));
    }

    private Chart donut(
            List<String> labels,
            List<Long> values,
            String unitKey,
            List<String> colours,
            List<Map<String, String>> targets) {
        return new Chart(
                ChartSpec.donut(labels, new ChartSeries(t(unitKey), values), colours),
                summary(labels, values, unitKey),
                byPoint(targets));
    }

    /** Clicks on a single-series chart or a donut: the n-th category's target. */
    private static BiFunction<Integer, Integer, Map<String, String>> byPoint(List<Map<String, String>> targets) {
        return (series, point) -> point >= 0 && point < targets.size() ? targets.get(point) : null;
    }

    private String categoryLabel(String key) {
        String[] parts = key.split(":");
        return parts.length > 1
                ? parts[0] + " " + t("agreement.obligation." + parts[1]).toLowerCase(locale)
                : parts[0];
    }

    private static String key(CategoryKey key) {
        return key.obligation() == null
                ? key.category().name()
                : key.category().name() + ":" + key.obligation().name();
    }

    /** "Indonesia 4, Jepang 3, Tiongkok 3; 20 partners in all": the three largest, leaving out zeros. */
    private String summary(List<String> labels, List<Long> values, String unitKey) {
        long total = values.stream().mapToLong(Long::longValue).sum();
        String top = IntStream.range(0, labels.size())
                .boxed()
                .filter(i -> values.get(i) > 0)
                .sorted(Comparator.comparing((Integer i) -> values.get(i)).reversed())
                .limit(3)
                .map(i -> labels.get(i) + " " + Formats.number(values.get(i), locale))
                .collect(Collectors.joining(", "));
        return t(
                "dashboard.summary",
                top,
                Formats.number(total, locale),
                t(unitKey).toLowerCase(locale));
    }

    private String t(String key, Object... parameters) {
        return I18NProvider.translate(locale, key, parameters);
    }
}
