package id.bandung.kerjasama.monitoring;

import static id.bandung.kerjasama.base.domain.FieldRules.broken;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A report's period ends on or after it starts; the violation names the period's end. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MonevRules.Check.class)
public @interface MonevRules {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<MonevRules, MonevReport> {

        @Override
        public boolean isValid(MonevReport report, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            if (report.getPeriodFrom() != null
                    && report.getPeriodTo() != null
                    && report.getPeriodTo().isBefore(report.getPeriodFrom())) {
                return broken(context, "periodTo", "monev.error.period");
            }
            return true;
        }
    }
}
