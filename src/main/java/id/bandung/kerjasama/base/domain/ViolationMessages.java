package id.bandung.kerjasama.base.domain;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;

/**
 * The entities' constraints and their messages in a language: the one validator factory the forms and the bulk
 * import check records with, and a violation's message interpolated for the screen's locale (ValidationMessages).
 */
public final class ViolationMessages {

    public static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private ViolationMessages() {}

    /** A violation's message in {@code locale}. */
    public static String of(ConstraintViolation<?> violation, Locale locale) {
        MessageInterpolator.Context context = new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <U> U unwrap(Class<U> type) {
                throw new ValidationException("Not supported");
            }
        };
        return FACTORY.getMessageInterpolator().interpolate(violation.getMessageTemplate(), context, locale);
    }
}
