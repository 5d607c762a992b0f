package id.bandung.kerjasama.software;

import id.bandung.kerjasama.base.domain.FilterParameters;
import java.util.List;
import java.util.Map;

/**
 * What the adoption list shows; null means any. Kept in the URL ({@code adoptions?software=3&status=ADOPTED}).
 *
 * @param text part of the adopting partner's name
 */
public record AdoptionFilter(String text, Long softwareId, Long partnerId, AdoptionStatus status) {

    public static AdoptionFilter empty() {
        return new AdoptionFilter(null, null, null, null);
    }

    public static AdoptionFilter fromParameters(Map<String, List<String>> values) {
        FilterParameters parameters = FilterParameters.of(values);
        return new AdoptionFilter(
                parameters.text("q").orElse(null),
                parameters.number("software").orElse(null),
                parameters.number("partner").orElse(null),
                parameters.enumValue("status", AdoptionStatus.class).orElse(null));
    }

    public Map<String, List<String>> toParameters() {
        return FilterParameters.builder()
                .put("q", text)
                .put("software", softwareId)
                .put("partner", partnerId)
                .put("status", status)
                .build();
    }
}
