package id.bandung.kerjasama.partner;

import static id.bandung.kerjasama.base.domain.FieldRules.broken;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules that tie a partner's fields together, written once: the service refuses a record that breaks them
 * (through the entity's constraints) and the editor shows them at the field they name, before saving. A province only
 * for a partner in Indonesia; latitude and longitude together or not at all. The schema holds the same two checks
 * (V001) as the last line of defence.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PartnerRules.Check.class)
public @interface PartnerRules {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Each broken rule becomes a violation of the field it concerns, with its own message. */
    class Check implements ConstraintValidator<PartnerRules, Partner> {

        @Override
        public boolean isValid(Partner partner, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (partner.getProvince() != null && !Partner.INDONESIA.equals(partner.getCountry())) {
                valid = broken(context, "province", "partner.province.only-in-indonesia");
            }
            if ((partner.getLatitude() == null) != (partner.getLongitude() == null)) {
                valid = broken(context, "longitude", "partner.coordinates.together");
            }
            return valid;
        }
    }
}
