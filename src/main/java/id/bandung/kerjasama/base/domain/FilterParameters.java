package id.bandung.kerjasama.base.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Filters as URL query parameters ({@code agreements?status=EXPIRING&category=KSDPL}): lenient reading (a value
 * that does not parse is ignored, never an error) and writing that leaves out empty values.
 */
public final class FilterParameters {

    private final Map<String, List<String>> values;

    private FilterParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    public static FilterParameters of(Map<String, List<String>> values) {
        return new FilterParameters(values);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> text(String key) {
        List<String> list = values.get(key);
        return list == null || list.isEmpty() || list.get(0).isBlank()
                ? Optional.empty()
                : Optional.of(list.get(0).strip());
    }

    public <E extends Enum<E>> Optional<E> enumValue(String key, Class<E> type) {
        return text(key).flatMap(value -> {
            try {
                return Optional.of(Enum.valueOf(type, value));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    public Optional<Long> number(String key) {
        return text(key).flatMap(value -> {
            try {
                return Optional.of(Long.parseLong(value));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    public Optional<Boolean> bool(String key) {
        return text(key)
                .filter(value -> value.equals("true") || value.equals("false"))
                .map(Boolean::valueOf);
    }

    public Optional<LocalDate> date(String key) {
        return text(key).flatMap(value -> {
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    /** Collects the non-empty values of a filter, in a stable order. */
    public static final class Builder {
        private final Map<String, List<String>> values = new LinkedHashMap<>();

        public Builder put(String key, Object value) {
            if (value != null && !value.toString().isBlank()) {
                values.put(key, List.of(value instanceof Enum<?> e ? e.name() : value.toString()));
            }
            return this;
        }

        public Map<String, List<String>> build() {
            return values;
        }
    }
}
