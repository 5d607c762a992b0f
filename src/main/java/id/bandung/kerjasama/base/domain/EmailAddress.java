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
 * An e-mail address reminders may be sent to: one {@code local@domain.tld}, at most 254 characters, without spaces,
 * control characters, quotes, angle brackets, commas or semicolons, so that it can never carry a second address or a
 * header line into a message. Null and blank are valid (the address is optional; see {@link OptionalText}); blanks
 * around an address are allowed, as the entities strip them.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EmailAddress.Validator.class)
public @interface EmailAddress {

    int MAX = 254;

    String message() default "{validation.email}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EmailAddress, String> {

        private static final String PART = "[^\\s\\p{Cntrl}\"'<>()\\[\\]\\\\,;:@]+";
        private static final Pattern ADDRESS = Pattern.compile(PART + "@" + PART + "\\." + PART);

        /** Blanks around the address are allowed: the entities strip them before storing. */
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || sendable(value.strip());
        }

        /** Whether {@code value} is an address mail may go to (not blank and valid). */
        public static boolean sendable(String value) {
            return value != null
                    && !value.isBlank()
                    && value.length() <= MAX
                    && ADDRESS.matcher(value).matches();
        }
    }
}
