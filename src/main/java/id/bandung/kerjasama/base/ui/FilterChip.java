package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Function;

/**
 * A filter that a link sets and the user can only remove, such as "without coordinates" from the completeness panel:
 * shown as a chip while it holds a value, so that the user sees why the list is short, and hidden otherwise. A value
 * field, so that {@link FilterFields} fills and clears it like the other filters.
 */
@Tag("div")
public class FilterChip<T> extends AbstractField<FilterChip<T>, T> {

    private final Span text = new Span();
    private final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
    private final Function<T, String> label;
    private final String removeLabel;

    /**
     * @param label       the chip's text for a value
     * @param removeLabel what the remove button says to screen readers, before the chip's text
     */
    public FilterChip(Function<T, String> label, String removeLabel) {
        super(null);
        this.label = label;
        this.removeLabel = removeLabel;
        addClassName("filter-chip");
        text.addClassName("filter-chip-text");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        remove.addClassName("filter-chip-remove");
        remove.addClickListener(event -> {
            setPresentationValue(null);
            setModelValue(null, true);
        });
        getElement().appendChild(text.getElement(), remove.getElement());
        setVisible(false);
    }

    @Override
    protected void setPresentationValue(T value) {
        setVisible(value != null);
        text.setText(value == null ? "" : label.apply(value));
        remove.setAriaLabel(value == null ? removeLabel : removeLabel + ": " + text.getText());
        remove.setTooltipText(remove.getAriaLabel().orElse(removeLabel));
    }

    public String getText() {
        return text.getText();
    }

    /** Removes the filter, as the user does with the chip's button. */
    public void remove() {
        remove.click();
    }
}
