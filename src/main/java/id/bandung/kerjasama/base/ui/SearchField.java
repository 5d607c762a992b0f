package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** A list's quick text search: filters as the user types, after a short pause. */
public class SearchField extends TextField {

    public SearchField(String placeholder) {
        setPlaceholder(placeholder);
        setAriaLabel(placeholder);
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.TIMEOUT);
        setValueChangeTimeout(300);
        addClassName("filter-search");
    }

    /** The text to search for, or null when the field is blank. */
    public String text() {
        return getValue().isBlank() ? null : getValue().strip();
    }
}
