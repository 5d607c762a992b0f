package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

/** Delete on the left, Cancel and Save on the right (Ctrl+S saves); hidden where the user may only read. */
public class FormButtons extends Composite<Div> {

    public final Button save = new Button();
    public final Button cancel = new Button();
    public final Button delete = new Button();

    public FormButtons() {
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        cancel.setText(getTranslation("action.cancel"));
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div spacer = new Div();
        spacer.addClassName("spacer");
        getContent().addClassName("form-buttons");
        getContent().add(delete, spacer, cancel, save);
    }

    /** Editors see Save and Cancel, and Delete for a saved record; readers see none. */
    public void show(boolean editable, boolean saved) {
        save.setVisible(editable);
        cancel.setVisible(editable);
        delete.setVisible(editable && saved);
    }
}
