package id.bandung.kerjasama.base.domain;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A web address that is safe to offer as a link: {@code http} or {@code https} with a host, nothing else. A
 * {@code javascript:} or {@code data:} address would run or show whatever it carries when clicked, so it is refused
 * here, on the entity, rather than wherever a view might one day render the address as a link. Characters that
 * RFC 3986 never allows unencoded (spaces, quotes, angle brackets, backslash, braces, pipe, caret, backtick) are
 * refused too, so the address cannot break out of an attribute. Null and blank are valid: a form's empty field is
 * {@code ""}, stored as null (see {@link OptionalText}).
 */
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WebAddress.Validator.class)
public @interface WebAddress {

    String message() default "{validation.web-address}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WebAddress, String> {

        private static final String ALLOWED = "[^\\s\\p{Cntrl}\"'<>\\\\^`{|}]";
        private static final Pattern ADDRESS =
                Pattern.compile("(?iU)https?://" + ALLOWED.replace("]", "/?#@]") + "+([/?#]" + ALLOWED + "*)?");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || ADDRESS.matcher(value).matches();
        }
    }
}
