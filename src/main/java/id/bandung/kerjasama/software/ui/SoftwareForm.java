package id.bandung.kerjasama.software.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import id.bandung.kerjasama.base.ui.Binders;
import id.bandung.kerjasama.base.ui.FormButtons;
import id.bandung.kerjasama.base.ui.FormEvents;
import id.bandung.kerjasama.software.Software;
import id.bandung.kerjasama.software.SoftwareCategory;

/** A shared application's fields; edits stay in the form until Save. */
class SoftwareForm extends Composite<Div> {

    final TextField name = new TextField();
    final TextField acronym = new TextField();
    final ComboBox<SoftwareCategory> category = new ComboBox<>();
    final TextField ownerUnit = new TextField();
    final Checkbox kpkRecommended = new Checkbox();
    final TextArea description = new TextArea();
    final FormButtons buttons = new FormButtons();

    private final BeanValidationBinder<Software> binder = Binders.forBean(Software.class);
    private Software software;

    SoftwareForm() {
        name.setLabel(getTranslation("software.field.name"));
        acronym.setLabel(getTranslation("software.field.acronym"));
        category.setLabel(getTranslation("software.field.category"));
        category.setItems(SoftwareCategory.values());
        category.setItemLabelGenerator(value -> getTranslation("software.category." + value.name()));
        ownerUnit.setLabel(getTranslation("software.field.ownerUnit"));
        ownerUnit.setHelperText(getTranslation("software.owner.helper"));
        kpkRecommended.setLabel(getTranslation("software.field.kpkRecommended"));
        description.setLabel(getTranslation("software.field.description"));
        binder.bindInstanceFields(this);

        FormLayout fields = new FormLayout(name, acronym, category, ownerUnit, kpkRecommended, description);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        fields.setColspan(name, 2);
        fields.setColspan(description, 2);
        buttons.save.addClickListener(event -> {
            if (binder.writeBeanIfValid(software)) {
                fireEvent(new FormEvents.SaveEvent<>(this, software));
            }
        });
        buttons.cancel.addClickListener(event -> {
            binder.readBean(software); // the input is dropped, so nothing later asks whether to keep it
            fireEvent(new FormEvents.CancelEvent(this));
        });
        buttons.delete.addClickListener(event -> fireEvent(new FormEvents.DeleteEvent<>(this, software)));
        getContent().addClassName("record-form");
        getContent().add(fields, buttons);
    }

    void edit(Software value, boolean editable) {
        this.software = value;
        binder.setReadOnly(!editable);
        binder.readBean(value);
        buttons.show(editable, !value.isNew());
        if (editable) {
            name.focus();
        }
    }

    boolean hasChanges() {
        return software != null && binder.hasChanges();
    }

    void showDuplicateName() {
        name.setInvalid(true);
        name.setErrorMessage(getTranslation("software.error.duplicate"));
    }
}
