package id.bandung.kerjasama.software.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.bandung.kerjasama.software.SoftwareChoice;
import id.bandung.kerjasama.software.SoftwareQueries;

/** A searchable software field, loaded page by page as the user types. */
class SoftwarePicker extends ComboBox<SoftwareChoice> {

    SoftwarePicker(SoftwareQueries software) {
        setItemLabelGenerator(SoftwareChoice::label);
        setItems(query -> software
                .choices(
                        query.getFilter().filter(text -> !text.isBlank()).orElse(null),
                        VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        setClearButtonVisible(true);
    }
}
