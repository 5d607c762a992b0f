package id.bandung.kerjasama.audit;

import id.bandung.kerjasama.base.domain.FilterParameters;
import java.util.List;
import java.util.Map;

/** The audit view's filter in the URL ({@code audit?user=staf&type=Agreement&from=2026-11-01}). */
public final class AuditFilterParameters {

    private AuditFilterParameters() {}

    public static AuditFilter read(Map<String, List<String>> values) {
        FilterParameters parameters = FilterParameters.of(values);
        return new AuditFilter(
                parameters.text("user").orElse(null),
                parameters.text("type").orElse(null),
                parameters.number("record").orElse(null),
                parameters.date("from").orElse(null),
                parameters.date("to").orElse(null));
    }

    public static Map<String, List<String>> write(AuditFilter filter) {
        return FilterParameters.builder()
                .put("user", filter.username())
                .put("type", filter.recordType())
                .put("record", filter.recordId())
                .put("from", filter.from())
                .put("to", filter.to())
                .build();
    }
}
