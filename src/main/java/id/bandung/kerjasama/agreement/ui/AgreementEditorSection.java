package id.bandung.kerjasama.agreement.ui;

import com.vaadin.flow.component.Component;
import id.bandung.kerjasama.agreement.Agreement;

/**
 * A section another feature adds to a saved agreement's editor (the monitoring reports), as a Spring bean: the
 * agreement feature shows it without depending on that feature.
 */
public interface AgreementEditorSection {

    /** The section for a saved agreement; {@code editable} when the user may change it. */
    Component create(Agreement agreement, boolean editable);
}
