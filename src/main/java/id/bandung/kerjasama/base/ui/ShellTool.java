package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A tool another feature adds to the shell's top bar (the reminders' inbox bell), as a Spring bean: the shell shows it
 * without depending on that feature, so the features stay free of cycles. Empty for a user the tool is not for.
 */
public interface ShellTool {

    /** The tool for the signed-in user of the screen being built, or empty. */
    Optional<Component> create();
}
