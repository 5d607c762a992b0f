package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import id.bandung.kerjasama.base.domain.ViolationMessages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * An entity's class-level constraints (the rules that tie fields together) shown at the field each violation names,
 * while the user types: the form validates a draft built from its fields by the same constraints the service applies
 * when saving, so each rule is written once, on the entity.
 *
 * @param <T> the entity
 */
public final class EntityRules<T> {

    private static final ValidatorFactory FACTORY = ViolationMessages.FACTORY;

    private final Supplier<T> draft;

    /** @param draft the entity as the form's fields now describe it (a new object each time) */
    public EntityRules(Supplier<T> draft) {
        this.draft = draft;
    }

    /** A binder validator for the field bound to {@code property}: the first class-level rule broken there. */
    public <V> Validator<V> at(String property) {
        return (value, context) -> {
            T bean = draft.get();
            Locale locale = context.getLocale().orElse(Locale.getDefault());
            return FACTORY.getValidator().validate(bean).stream()
                    .filter(violation -> violation.getInvalidValue() == bean)
                    .filter(violation -> violation.getPropertyPath().toString().equals(property))
                    .findFirst()
                    .map(violation -> ValidationResult.error(message(violation, locale)))
                    .orElse(ValidationResult.ok());
        };
    }

    /** A violation's message in {@code locale}, as the binder shows those of the field constraints. */
    public static String message(ConstraintViolation<?> violation, Locale locale) {
        return ViolationMessages.of(violation, locale);
    }
}
