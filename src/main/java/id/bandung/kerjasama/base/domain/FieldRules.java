package id.bandung.kerjasama.base.domain;

import jakarta.validation.ConstraintValidatorContext;

/** For class-level constraints that tie fields together: a broken rule becomes a violation of the field it concerns. */
public final class FieldRules {

    private FieldRules() {}

    /**
     * Adds a violation of {@code field} with the message {@code key} (a translation key).
     *
     * @return {@code false}, so that a check can write {@code valid = broken(...)}
     */
    public static boolean broken(ConstraintValidatorContext context, String field, String key) {
        context.buildConstraintViolationWithTemplate("{" + key + "}")
                .addPropertyNode(field)
                .addConstraintViolation();
        return false;
    }
}
