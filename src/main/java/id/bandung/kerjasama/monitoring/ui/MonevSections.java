package id.bandung.kerjasama.monitoring.ui;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.ui.AgreementEditorSection;
import id.bandung.kerjasama.monitoring.MonevService;

/** Adds the Monev reports to every saved agreement's editor. */
@org.springframework.stereotype.Component
class MonevSections implements AgreementEditorSection {

    private final MonevService monev;

    MonevSections(MonevService monev) {
        this.monev = monev;
    }

    @Override
    public com.vaadin.flow.component.Component create(Agreement agreement, boolean editable) {
        return new MonevSection(monev, agreement, editable);
    }
}
