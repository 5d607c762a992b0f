package id.bandung.kerjasama.dashboard;

import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.base.domain.FilterParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard counts: agreements signed within the years {@code fromYear}..{@code toYear} and of one
 * category, and the partners of those agreements. Null means any; no filter counts everything, drafts included.
 * Kept in the URL ({@code ?from=2015&to=2020&category=KSDPL}) so that a dashboard can be bookmarked or sent.
 */
public record DashboardFilter(Integer fromYear, Integer toYear, Category category) {

    public static final int FIRST_YEAR = 1990;

    public static DashboardFilter none() {
        return new DashboardFilter(null, null, null);
    }

    public static DashboardFilter fromParameters(Map<String, List<String>> values) {
        FilterParameters parameters = FilterParameters.of(values);
        Integer from = parameters
                .number("from")
                .filter(DashboardFilter::plausibleYear)
                .map(Long::intValue)
                .orElse(null);
        Integer to = parameters
                .number("to")
                .filter(DashboardFilter::plausibleYear)
                .map(Long::intValue)
                .orElse(null);
        if (from != null && to != null && from > to) {
            Integer swap = from;
            from = to;
            to = swap;
        }
        return new DashboardFilter(
                from, to, parameters.enumValue("category", Category.class).orElse(null));
    }

    public Map<String, List<String>> toParameters() {
        return FilterParameters.builder()
                .put("from", fromYear)
                .put("to", toYear)
                .put("category", category)
                .build();
    }

    public boolean isNone() {
        return fromYear == null && toYear == null && category == null;
    }

    public LocalDate fromDate() {
        return fromYear == null ? null : LocalDate.of(fromYear, 1, 1);
    }

    public LocalDate toDate() {
        return toYear == null ? null : LocalDate.of(toYear, 12, 31);
    }

    private static boolean plausibleYear(long year) {
        return year >= FIRST_YEAR && year <= 2100;
    }
}
