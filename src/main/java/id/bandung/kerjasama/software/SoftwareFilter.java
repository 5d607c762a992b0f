package id.bandung.kerjasama.software;

import id.bandung.kerjasama.base.domain.FilterParameters;
import java.util.List;
import java.util.Map;

/** What the software list shows; null means any. Kept in the URL ({@code software?kpk=true}). */
public record SoftwareFilter(String text, SoftwareCategory category, Boolean kpkRecommended) {

    public static SoftwareFilter empty() {
        return new SoftwareFilter(null, null, null);
    }

    public static SoftwareFilter fromParameters(Map<String, List<String>> values) {
        FilterParameters parameters = FilterParameters.of(values);
        return new SoftwareFilter(
                parameters.text("q").orElse(null),
                parameters.enumValue("category", SoftwareCategory.class).orElse(null),
                parameters.bool("kpk").orElse(null));
    }

    public Map<String, List<String>> toParameters() {
        return FilterParameters.builder()
                .put("q", text)
                .put("category", category)
                .put("kpk", kpkRecommended)
                .build();
    }
}
