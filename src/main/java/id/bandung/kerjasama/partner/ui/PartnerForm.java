package id.bandung.kerjasama.partner.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import id.bandung.kerjasama.base.ui.Binders;
import id.bandung.kerjasama.base.ui.Countries;
import id.bandung.kerjasama.base.ui.EntityRules;
import id.bandung.kerjasama.base.ui.FormButtons;
import id.bandung.kerjasama.base.ui.FormEvents;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.Province;
import java.util.Arrays;
import java.util.Comparator;

/**
 * A partner's fields, bound with Bean Validation to the entity's constraints. Edits stay in the form until Save
 * (buffered), so Cancel leaves the record as it was. The form raises events; the list view saves and deletes.
 */
class PartnerForm extends Composite<Div> {

    final TextField name = new TextField();
    final ComboBox<PartnerKind> kind = new ComboBox<>();
    final ComboBox<String> country = new ComboBox<>();
    final ComboBox<Province> province = new ComboBox<>();
    final Checkbox bordersBandung = new Checkbox();
    final BigDecimalField latitude = new BigDecimalField();
    final BigDecimalField longitude = new BigDecimalField();
    final TextField website = new TextField();
    final TextArea contact = new TextArea();
    final TextArea notes = new TextArea();
    final FormButtons buttons = new FormButtons();

    private final BeanValidationBinder<Partner> binder = Binders.forBean(Partner.class);
    private final EntityRules<Partner> rules = new EntityRules<>(this::draft);
    private Partner partner;
    private boolean editable;

    PartnerForm() {
        Div root = getContent();
        root.addClassName("record-form");
        name.setLabel(getTranslation("partner.field.name"));
        kind.setLabel(getTranslation("partner.field.kind"));
        kind.setItems(PartnerKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("partner.kind." + value.name()));
        country.setLabel(getTranslation("partner.field.country"));
        country.setItems(Countries.sortedByName(getLocale()));
        country.setItemLabelGenerator(code -> Countries.name(code, getLocale()) + " (" + code + ")");
        province.setLabel(getTranslation("partner.field.province"));
        province.setItems(Arrays.stream(Province.values())
                .sorted(Comparator.comparing(Province::officialName))
                .toList());
        province.setItemLabelGenerator(Province::officialName);
        province.setHelperText(getTranslation("partner.province.helper"));
        bordersBandung.setLabel(getTranslation("partner.field.bordersBandung"));
        latitude.setLabel(getTranslation("partner.field.latitude"));
        longitude.setLabel(getTranslation("partner.field.longitude"));
        website.setLabel(getTranslation("partner.field.website"));
        contact.setLabel(getTranslation("partner.field.contact"));
        notes.setLabel(getTranslation("partner.field.notes"));

        binder.forField(province).withValidator(rules.at("province")).bind("province");
        binder.forField(longitude).withValidator(rules.at("longitude")).bind("longitude");
        binder.bindInstanceFields(this);
        country.addValueChangeListener(event -> {
            boolean indonesian = Partner.INDONESIA.equals(event.getValue());
            province.setEnabled(indonesian && editable);
            if (!indonesian) {
                province.clear();
            }
        });
        latitude.addValueChangeListener(event -> binder.validate());

        FormLayout fields = new FormLayout(
                name, kind, country, province, bordersBandung, latitude, longitude, website, contact, notes);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        fields.setColspan(name, 2);
        fields.setColspan(contact, 2);
        fields.setColspan(notes, 2);
        fields.setColspan(website, 2);

        buttons.save.addClickListener(event -> {
            if (binder.writeBeanIfValid(partner)) {
                fireEvent(new FormEvents.SaveEvent<>(this, partner));
            }
        });
        buttons.cancel.addClickListener(event -> {
            binder.readBean(partner); // the input is dropped, so nothing later asks whether to keep it
            fireEvent(new FormEvents.CancelEvent(this));
        });
        buttons.delete.addClickListener(event -> fireEvent(new FormEvents.DeleteEvent<>(this, partner)));
        root.add(fields, buttons);
    }

    /** Shows a partner; nothing reaches it until Save. */
    void edit(Partner value, boolean editable) {
        this.partner = value;
        this.editable = editable;
        binder.readBean(value);
        binder.setReadOnly(!editable);
        province.setEnabled(editable && Partner.INDONESIA.equals(value.getCountry()));
        buttons.show(editable, !value.isNew());
        if (editable) {
            name.focus();
        }
    }

    boolean hasChanges() {
        return partner != null && binder.hasChanges();
    }

    /** The service refused the name: another partner in the same country has it. */
    void showDuplicateName() {
        name.setInvalid(true);
        name.setErrorMessage(getTranslation("partner.error.duplicate"));
    }

    /** The partner as the fields now describe it, for the rules that tie them together. */
    private Partner draft() {
        Partner draft = new Partner(name.getValue(), kind.getValue(), country.getValue());
        draft.setProvince(province.getValue());
        draft.setLatitude(latitude.getValue());
        draft.setLongitude(longitude.getValue());
        return draft;
    }
}
