package id.bandung.kerjasama.base.domain;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.Locale;
import java.util.regex.Pattern;

/** The quick text search of the lists: case-insensitive "contains", served by the trigram indexes of V002. */
public final class TextSearch {

    private static final char ESCAPE = '\\';
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private TextSearch() {}

    public static Predicate contains(CriteriaBuilder builder, Expression<String> column, String text) {
        return builder.like(builder.lower(column), pattern(text), ESCAPE);
    }

    /**
     * {@code %text%} in lower case, with the LIKE wildcards the user typed taken literally. Control characters are
     * dropped: no stored text holds one ({@link PlainText}), and PostgreSQL answers a NUL in a query parameter with
     * an error instead of no match (a search for {@code ?q=%00} would otherwise fail the whole list).
     */
    public static String pattern(String text) {
        String escaped = CONTROL.matcher(text)
                .replaceAll("")
                .strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
