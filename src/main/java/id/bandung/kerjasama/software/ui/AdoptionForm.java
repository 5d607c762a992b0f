package id.bandung.kerjasama.software.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import id.bandung.kerjasama.agreement.AgreementChoice;
import id.bandung.kerjasama.agreement.AgreementQueries;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.base.ui.Binders;
import id.bandung.kerjasama.base.ui.DatePickers;
import id.bandung.kerjasama.base.ui.FormButtons;
import id.bandung.kerjasama.base.ui.FormEvents;
import id.bandung.kerjasama.partner.PartnerQueries;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.partner.ui.PartnerPicker;
import id.bandung.kerjasama.software.Adoption;
import id.bandung.kerjasama.software.AdoptionStatus;
import id.bandung.kerjasama.software.Software;
import id.bandung.kerjasama.software.SoftwareChoice;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * An adoption: which partner adopts which software, how far it is, and (optionally) the partner's agreement it
 * falls under. Edits stay in the form until Save.
 */
class AdoptionForm extends Composite<Div> {

    final PartnerPicker partner;
    final ComboBox<SoftwareChoice> software;
    final ComboBox<AgreementChoice> agreement = new ComboBox<>();
    final ComboBox<AdoptionStatus> status = new ComboBox<>();
    final DatePicker since;
    final TextArea notes = new TextArea();
    final FormButtons buttons = new FormButtons();

    private final BeanValidationBinder<Adoption> binder = Binders.forBean(Adoption.class);
    private Adoption adoption;

    /** @param softwareById loads the software a choice names, for the adoption the form writes */
    AdoptionForm(
            PartnerQueries partnerChoices,
            PartnerService partners,
            SoftwarePicker softwarePicker,
            AgreementQueries agreementQueries,
            AgreementService agreements,
            LongFunction<Optional<Software>> softwareById) {
        partner = new PartnerPicker(partnerChoices, getTranslation("adoption.field.partner"));
        software = softwarePicker;
        software.setLabel(getTranslation("adoption.field.software"));
        agreement.setLabel(getTranslation("adoption.field.agreement"));
        agreement.setHelperText(getTranslation("adoption.agreement.helper"));
        agreement.setItemLabelGenerator(AgreementChoice::title);
        agreement.setClearButtonVisible(true);
        // Only the chosen partner's agreements, searched by title as the user types.
        agreement.setItems(query -> partner.getValue() == null
                ? Stream.empty()
                : agreementQueries
                        .choicesOf(
                                partner.getValue().id(),
                                query.getFilter().orElse(null),
                                query.getOffset(),
                                query.getLimit())
                        .stream());
        partner.addValueChangeListener(event -> {
            agreement.getDataProvider().refreshAll();
            if (event.isFromClient()) {
                agreement.clear();
            }
        });
        status.setLabel(getTranslation("adoption.field.status"));
        status.setItems(AdoptionStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("adoption.status." + value.name()));
        since = DatePickers.create(getTranslation("adoption.field.since"));
        notes.setLabel(getTranslation("adoption.field.notes"));

        binder.forField(agreement)
                .withValidator((value, context) -> value == null
                                || partner.getValue() != null
                                        && value.partnerId()
                                                == partner.getValue().id()
                        ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("adoption.error.agreement-partner")))
                .withConverter(
                        (AgreementChoice choice) -> choice == null ? null : agreements.reference(choice.id()),
                        AgreementChoice::of)
                .bind("agreement");
        binder.forField(software)
                .withConverter(
                        choice -> choice == null
                                ? null
                                : softwareById.apply(choice.id()).orElse(null),
                        value -> value == null ? null : SoftwareChoice.of(value))
                .bind("software");
        partner.bind(binder, "partner", partners);
        binder.bindInstanceFields(this);

        FormLayout fields = new FormLayout(partner, software, status, since, agreement, notes);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        fields.setColspan(partner, 2);
        fields.setColspan(software, 2);
        fields.setColspan(agreement, 2);
        fields.setColspan(notes, 2);
        buttons.save.addClickListener(event -> {
            if (binder.writeBeanIfValid(adoption)) {
                fireEvent(new FormEvents.SaveEvent<>(this, adoption));
            }
        });
        buttons.cancel.addClickListener(event -> {
            binder.readBean(adoption); // the input is dropped, so nothing later asks whether to keep it
            fireEvent(new FormEvents.CancelEvent(this));
        });
        buttons.delete.addClickListener(event -> fireEvent(new FormEvents.DeleteEvent<>(this, adoption)));
        getContent().addClassName("record-form");
        getContent().add(fields, buttons);
    }

    void edit(Adoption value, boolean editable) {
        this.adoption = value;
        binder.setReadOnly(!editable);
        binder.readBean(value);
        buttons.show(editable, !value.isNew());
    }

    boolean hasChanges() {
        return adoption != null && binder.hasChanges();
    }

    void showDuplicate() {
        software.setInvalid(true);
        software.setErrorMessage(getTranslation("adoption.error.duplicate"));
    }

    void showAgreementError(String message) {
        agreement.setInvalid(true);
        agreement.setErrorMessage(message);
    }
}
