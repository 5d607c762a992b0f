package id.bandung.kerjasama.partner;

import id.bandung.kerjasama.base.domain.FilterParameters;
import java.util.List;
import java.util.Map;

/**
 * What the partner list shows; null means any. Kept in the URL, so that a filtered list can be bookmarked and other
 * views can link to it ({@code partners?kind=CITY&province=JAWA_BARAT}).
 *
 * @param missing lacks this (the completeness panel's links, {@code partners?missing=COORDINATES})
 */
public record PartnerFilter(
        String text, PartnerKind kind, String country, Province province, Boolean bordersBandung, PartnerGap missing) {

    /** A filter by what a partner is, whatever it lacks. */
    public PartnerFilter(String text, PartnerKind kind, String country, Province province, Boolean bordersBandung) {
        this(text, kind, country, province, bordersBandung, null);
    }

    public static PartnerFilter empty() {
        return new PartnerFilter(null, null, null, null, null, null);
    }

    public static PartnerFilter fromParameters(Map<String, List<String>> values) {
        FilterParameters parameters = FilterParameters.of(values);
        return new PartnerFilter(
                parameters.text("q").orElse(null),
                parameters.enumValue("kind", PartnerKind.class).orElse(null),
                parameters
                        .text("country")
                        .filter(code -> code.matches("[A-Z]{2}"))
                        .orElse(null),
                parameters.enumValue("province", Province.class).orElse(null),
                parameters.bool("borders").orElse(null),
                parameters.enumValue("missing", PartnerGap.class).orElse(null));
    }

    public Map<String, List<String>> toParameters() {
        return FilterParameters.builder()
                .put("q", text)
                .put("kind", kind)
                .put("country", country)
                .put("province", province)
                .put("borders", bordersBandung)
                .put("missing", missing)
                .build();
    }
}
