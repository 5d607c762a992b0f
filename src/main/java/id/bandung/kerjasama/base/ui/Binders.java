package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import jakarta.validation.constraints.NotBlank;

/** Form binders on the entities' Bean Validation constraints. */
public final class Binders {

    private Binders() {}

    /** A binder that also marks {@code @NotBlank} fields as required, as it does {@code @NotNull} ones. */
    public static <T> BeanValidationBinder<T> forBean(Class<T> type) {
        BeanValidationBinder<T> binder = new BeanValidationBinder<>(type);
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT.chain(
                (annotation, binding) -> annotation.annotationType() == NotBlank.class));
        return binder;
    }
}
