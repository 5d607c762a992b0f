package id.bandung.kerjasama.software.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.bandung.kerjasama.software.Software;
import id.bandung.kerjasama.software.SoftwareFilter;
import id.bandung.kerjasama.software.SoftwareRow;
import id.bandung.kerjasama.software.SoftwareService;

/** A searchable software field, loaded page by page as the user types. */
class SoftwarePicker extends ComboBox<Software> {

    SoftwarePicker(SoftwareService software) {
        setItemLabelGenerator(
                item -> item.getAcronym() == null || item.getAcronym().isBlank()
                        ? item.getName()
                        : item.getName() + " (" + item.getAcronym() + ")");
        setItems(query -> software
                .listSoftware(
                        new SoftwareFilter(
                                query.getFilter()
                                        .filter(text -> !text.isBlank())
                                        .orElse(null),
                                null,
                                null),
                        VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream()
                .map(SoftwareRow::software));
        setClearButtonVisible(true);
    }
}
