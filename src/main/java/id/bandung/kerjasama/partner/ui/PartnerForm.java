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
import id.bandung.kerjasama.partner.Region;
import id.bandung.kerjasama.partner.RegionNames;
import id.bandung.kerjasama.partner.RegionQueries;
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
    /** An Indonesian province, regency or city is chosen from the official list; its name and province follow. */
    final ComboBox<Region> region = new ComboBox<>();

    final Checkbox bordersBandung = new Checkbox();
    final BigDecimalField latitude = new BigDecimalField();
    final BigDecimalField longitude = new BigDecimalField();
    final TextField website = new TextField();
    final TextArea contact = new TextArea();
    final TextArea notes = new TextArea();
    final FormButtons buttons = new FormButtons();

    private final BeanValidationBinder<Partner> binder = Binders.forBean(Partner.class);
    private final EntityRules<Partner> rules = new EntityRules<>(this::draft);
    private final RegionQueries regions;
    private Partner partner;
    private boolean editable;
    /** The level whose regions the region list offers. */
    private Region.Level offered;
    /** While a partner is read into the fields, whose listeners would otherwise clear the region read first. */
    private boolean reading;

    PartnerForm(RegionQueries regions) {
        this.regions = regions;
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
        region.setLabel(getTranslation("partner.field.region"));
        region.setHelperText(getTranslation("partner.region.helper"));
        region.setItemLabelGenerator(value -> value.name() + " (" + value.code() + ")");
        region.setClearButtonVisible(true);
        region.setWidthFull();
        // The list is shown for a region partner only, which the service refuses without a region.
        region.setRequiredIndicatorVisible(true);
        bordersBandung.setLabel(getTranslation("partner.field.bordersBandung"));
        latitude.setLabel(getTranslation("partner.field.latitude"));
        longitude.setLabel(getTranslation("partner.field.longitude"));
        website.setLabel(getTranslation("partner.field.website"));
        contact.setLabel(getTranslation("partner.field.contact"));
        notes.setLabel(getTranslation("partner.field.notes"));

        binder.forField(province).withValidator(rules.at("province")).bind("province");
        binder.forField(region)
                .withConverter(
                        (Region value) -> value == null ? null : value.code(),
                        code -> code == null ? null : regions.find(code).orElse(null))
                .bind("regionCode");
        binder.forField(longitude).withValidator(rules.at("longitude")).bind("longitude");
        binder.bindInstanceFields(this);
        country.addValueChangeListener(event -> {
            boolean indonesian = Partner.INDONESIA.equals(event.getValue());
            province.setEnabled(indonesian && editable);
            if (!indonesian) {
                province.clear();
            }
            showRegion();
        });
        kind.addValueChangeListener(event -> showRegion());
        region.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                name.setValue(event.getValue().name());
                province.setValue(event.getValue().province());
            }
            name.setReadOnly(!editable || event.getValue() != null);
        });
        latitude.addValueChangeListener(event -> binder.validate());

        FormLayout fields = new FormLayout(
                kind, country, region, name, province, bordersBandung, latitude, longitude, website, contact, notes);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        fields.setColspan(name, 2);
        fields.setColspan(region, 2);
        fields.setColspan(contact, 2);
        fields.setColspan(notes, 2);
        fields.setColspan(website, 2);

        buttons.save.addClickListener(event -> {
            if (binder.writeBeanIfValid(partner)) {
                fireEvent(new FormEvents.SaveEvent<>(this, partner));
            }
        });
        buttons.cancel.addClickListener(event -> {
            read(partner); // the input is dropped, so nothing later asks whether to keep it
            fireEvent(new FormEvents.CancelEvent(this));
        });
        buttons.delete.addClickListener(event -> fireEvent(new FormEvents.DeleteEvent<>(this, partner)));
        root.add(fields, buttons);
    }

    /** Shows a partner; nothing reaches it until Save. */
    void edit(Partner value, boolean editable) {
        this.partner = value;
        this.editable = editable;
        read(value);
        binder.setReadOnly(!editable);
        province.setEnabled(editable && Partner.INDONESIA.equals(value.getCountry()));
        name.setReadOnly(!editable || region.getValue() != null);
        buttons.show(editable, !value.isNew());
        if (editable) {
            name.focus();
        }
    }

    /**
     * Reads the partner into the fields. The region list is given the regions of the partner's level first (a combo
     * box takes no value it does not offer), and the kind and country read after the region do not clear it.
     */
    private void read(Partner value) {
        reading = true;
        try {
            offer(value.getKind() == null ? null : Region.Level.of(value.getKind()));
            binder.readBean(value);
        } finally {
            reading = false;
        }
        showRegion();
    }

    boolean hasChanges() {
        return partner != null && binder.hasChanges();
    }

    /**
     * The region list offers the regions of the chosen kind, for an Indonesian province, regency or city only; a
     * region that no longer fits the kind or country is cleared.
     */
    private void showRegion() {
        if (reading) {
            return;
        }
        Region.Level level = kind.getValue() == null ? null : Region.Level.of(kind.getValue());
        boolean shown = level != null && Partner.INDONESIA.equals(country.getValue());
        region.setVisible(shown);
        if (!shown) {
            region.clear();
            return;
        }
        offer(level); // a region of another level is cleared with the list it came from
    }

    /** Gives the region list the regions of the level, unless it offers them already (new items clear the value). */
    private void offer(Region.Level level) {
        if (level == null || level == offered) {
            return;
        }
        region.setItems(
                (item, filter) -> RegionNames.normalise(item.name()).contains(RegionNames.normalise(filter))
                        || item.code().startsWith(filter.strip()),
                regions.search(level, "", Integer.MAX_VALUE));
        offered = level;
    }

    /** The service refused the region: none was chosen, another partner is that region, or it does not fit the kind. */
    void showRegionRefused(String messageKey) {
        region.setInvalid(true);
        region.setErrorMessage(getTranslation(messageKey));
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
