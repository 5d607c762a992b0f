package id.bandung.kerjasama.base.domain;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

import java.util.Locale;

/** The quick text search of the lists: case-insensitive "contains", served by the trigram indexes of V002. */
public final class TextSearch {

    private static final char ESCAPE = '\\';

    private TextSearch() {
    }

    public static Predicate contains(CriteriaBuilder builder, Expression<String> column, String text) {
        return builder.like(builder.lower(column), pattern(text), ESCAPE);
    }

    /** {@code %text%} in lower case, with the LIKE wildcards the user typed taken literally. */
    static String pattern(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
