package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasPlaceholder;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.shared.HasClearButton;
import java.util.ArrayList;
import java.util.List;

/**
 * The filter fields of a list: a change to any of them re-reads the filter, while filling them from the URL does
 * not; and a button that clears them all at once.
 */
public final class FilterFields {

    private final List<HasValue<?, ?>> fields = new ArrayList<>();
    private final Runnable onChange;
    private boolean filling;

    public FilterFields(Runnable onChange) {
        this.onChange = onChange;
    }

    /** A filter field names what it filters by (as placeholder, and as label for screen readers) and can be cleared. */
    public static <F extends HasPlaceholder & HasAriaLabel & HasClearButton> F label(F field, String text) {
        field.setPlaceholder(text);
        field.setAriaLabel(text);
        field.setClearButtonVisible(true);
        return field;
    }

    public void add(HasValue<?, ?>... values) {
        for (HasValue<?, ?> field : values) {
            fields.add(field);
            field.addValueChangeListener(event -> changed());
        }
    }

    /** Sets the fields' values without treating it as the user's change. */
    public void fill(Runnable setValues) {
        filling = true;
        try {
            setValues.run();
        } finally {
            filling = false;
        }
    }

    public Button clearButton() {
        Button clear =
                new Button(UI.getCurrent().getTranslation("filter.clear"), VaadinIcon.CLOSE_SMALL.create(), event -> {
                    fill(() -> fields.forEach(HasValue::clear));
                    onChange.run();
                });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClassName("filter-clear");
        return clear;
    }

    private void changed() {
        if (!filling) {
            onChange.run();
        }
    }
}
