package id.bandung.kerjasama.agreement;

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
 * The rules that tie an agreement's fields together, written once: the service refuses a record that breaks them
 * (through the entity's constraints) and the editor shows them at the field they name, before saving. An obligation
 * for regional cooperation (KSDD) and only there; the end not before the start; an early end with its reason.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AgreementRules.Check.class)
public @interface AgreementRules {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Each broken rule becomes a violation of the field it concerns, with its own message. */
    class Check implements ConstraintValidator<AgreementRules, Agreement> {

        @Override
        public boolean isValid(Agreement agreement, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            Category category = agreement.getCategory();
            boolean valid = true;
            if (category != null && category.hasObligation() && agreement.getObligation() == null) {
                valid = broken(context, "obligation", "agreement.error.obligation-required");
            } else if (category != null && !category.hasObligation() && agreement.getObligation() != null) {
                valid = broken(context, "obligation", "agreement.error.obligation-only-ksdd");
            }
            if (agreement.getStartOn() != null
                    && agreement.getEndOn() != null
                    && agreement.getEndOn().isBefore(agreement.getStartOn())) {
                valid = broken(context, "endOn", "agreement.error.end-before-start");
            }
            String reason = agreement.getTerminationReason();
            if ((agreement.getTerminatedOn() == null) != (reason == null || reason.isBlank())) {
                valid = broken(context, "terminationReason", "agreement.error.termination");
            }
            return valid;
        }
    }
}
