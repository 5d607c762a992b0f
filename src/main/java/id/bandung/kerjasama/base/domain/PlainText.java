package id.bandung.kerjasama.base.domain;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

/**
 * Text a person typed, as it may be stored and shown: at most {@link #max()} characters counted as PostgreSQL's
 * {@code varchar(n)} counts them (Unicode code points, so an emoji is one character, not two UTF-16 units), and
 * none of the characters that cannot be stored or that make text read differently from what is stored:
 * <ul>
 *   <li>control characters (C0, DEL, C1), NUL among them, which PostgreSQL refuses in text; only
 *       {@link #multiline()} text keeps line breaks and tabs;</li>
 *   <li>the invisible bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can
 *       show {@code gnudnaB} as {@code Bandung} (the "Trojan Source" trick); right-to-left scripts themselves,
 *       Arabic or Hebrew, are welcome;</li>
 *   <li>half of a surrogate pair, which is no character at all.</li>
 * </ul>
 * Markup such as {@code <b>} is ordinary text here: the views show it literally, never as HTML. Null is valid.
 */
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    /** The most characters (code points), the same constant as the column's length. */
    int max();

    /** Whether line breaks and tabs belong in it (notes, descriptions), or it is one line (names, numbers). */
    boolean multiline() default false;

    String message() default "{validation.plain-text}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {

        private int max;
        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            max = annotation.max();
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int position = 0;
            for (int index = 0; index < value.length(); ) {
                int codePoint = value.codePointAt(index);
                position++;
                String refusal = refusal(codePoint, position);
                if (refusal != null) {
                    return refuse(context, refusal);
                }
                index += Character.charCount(codePoint);
            }
            return position <= max || refuse(context, "{validation.too-long.count} " + position);
        }

        /**
         * The message template for a character that does not belong, or null. The details (which character,
         * where) are written into the template itself rather than passed as message parameters, because Vaadin's
         * binder interpolates the template again in the UI's language and would drop such parameters.
         */
        private String refusal(int codePoint, int position) {
            String at = " {validation.at-character} " + position;
            String hex = String.format(Locale.ROOT, " U+%04X", codePoint);
            if (Character.isBmpCodePoint(codePoint) && Character.isSurrogate((char) codePoint)) {
                return "{validation.broken-character}" + at + "{validation.remove}"; // a lone half of a pair
            }
            if (Character.getType(codePoint) == Character.CONTROL) {
                boolean lineOrTab = codePoint == '\n' || codePoint == '\r' || codePoint == '\t';
                if (multiline && lineOrTab) {
                    return null;
                }
                return "{validation.control-character}" + hex + at
                        + (multiline ? "{validation.remove.multiline}" : "{validation.remove.single-line}");
            }
            if (codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069) {
                return "{validation.direction-control}" + hex + at + "{validation.remove.direction}";
            }
            return null;
        }

        private static boolean refuse(ConstraintValidatorContext context, String template) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
            return false;
        }
    }
}
