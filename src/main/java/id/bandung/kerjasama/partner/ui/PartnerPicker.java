package id.bandung.kerjasama.partner.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.bandung.kerjasama.base.ui.Countries;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerFilter;
import id.bandung.kerjasama.partner.PartnerService;

/**
 * A searchable partner field that loads matching partners page by page as the user types, so that it works the
 * same with 20 partners or 10,000. Shows each partner with its country.
 */
public class PartnerPicker extends ComboBox<Partner> {

    public PartnerPicker(PartnerService partners, String label) {
        super(label);
        setItemLabelGenerator(partner -> partner.getName() + " · " + Countries.name(partner.getCountry(), getLocale()));
        setItems(query -> partners
                .list(
                        new PartnerFilter(
                                query.getFilter()
                                        .filter(text -> !text.isBlank())
                                        .orElse(null),
                                null,
                                null,
                                null,
                                null),
                        VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        setClearButtonVisible(true);
        addClassName("partner-picker");
    }
}
