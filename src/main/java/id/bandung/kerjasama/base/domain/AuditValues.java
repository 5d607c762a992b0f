package id.bandung.kerjasama.base.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the field-to-text map of {@link Auditable#auditValues()}. */
public final class AuditValues {

    private final Map<String, String> values = new LinkedHashMap<>();

    public AuditValues put(String field, Object value) {
        values.put(field, text(value));
        return this;
    }

    public Map<String, String> toMap() {
        return values;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Auditable record && value instanceof AbstractEntity entity) {
            return record.auditLabel() + " (#" + entity.getId() + ")";
        }
        if (value instanceof Collection<?> collection) {
            return collection.isEmpty()
                    ? null
                    : collection.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        String text = String.valueOf(value);
        return text.isEmpty() ? null : text;
    }
}
