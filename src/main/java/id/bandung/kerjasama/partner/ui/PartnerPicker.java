package id.bandung.kerjasama.partner.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.bandung.kerjasama.base.domain.StaleRecordException;
import id.bandung.kerjasama.base.ui.Countries;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerChoice;
import id.bandung.kerjasama.partner.PartnerQueries;
import id.bandung.kerjasama.partner.PartnerService;

/**
 * A searchable partner field that loads matching partners page by page as the user types, so that it works the
 * same with 20 partners or 10,000. Shows each partner with its country. A form binds it to a record's partner with
 * {@link #bind}; a filter reads {@link #partnerId()}.
 */
public class PartnerPicker extends ComboBox<PartnerChoice> {

    private final PartnerQueries partners;

    public PartnerPicker(PartnerQueries partners, String label) {
        super(label);
        this.partners = partners;
        setItemLabelGenerator(choice -> choice.name() + " · " + Countries.name(choice.country(), getLocale()));
        setItems(query -> partners
                .choices(
                        query.getFilter().filter(text -> !text.isBlank()).orElse(null),
                        VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        setClearButtonVisible(true);
        addClassName("partner-picker");
    }

    /** The chosen partner's id; null for none. */
    public Long partnerId() {
        return getValue() == null ? null : getValue().id();
    }

    /** Shows the partner with this id (null or a deleted partner: none), as when a link names it. */
    public void setPartnerId(Long id) {
        setValue(id == null ? null : partners.choice(id).orElse(null));
    }

    /**
     * Binds the picker to a record's partner property: the record's partner is shown, and the chosen partner is
     * stored on write. A partner deleted since it was offered is refused at the field.
     */
    public <T> Binder.Binding<T, Partner> bind(Binder<T> binder, String property, PartnerService records) {
        return binder.forField(this)
                .withConverter(Converter.<PartnerChoice, Partner>from(
                        choice -> {
                            if (choice == null) {
                                return Result.ok(null);
                            }
                            try {
                                return Result.ok(records.reference(choice.id()));
                            } catch (StaleRecordException e) {
                                return Result.error(getTranslation("record.not-found"));
                            }
                        },
                        PartnerChoice::of))
                .bind(property);
    }
}
