package id.bandung.kerjasama.live;

import com.vaadin.flow.shared.Registration;
import java.time.Instant;

/** A screen that follows changes (see {@link LiveUpdates#follow}); {@link #remove} stops it following. */
public interface Following extends Registration {

    /** Loads and applies again now, as after a change: for example when the user changed what the screen shows. */
    void reload();

    /**
     * Loads and applies again at {@code when}, while the screen is open: for a moment no change in the records
     * announces, such as a display link's expiry. A later call replaces an earlier one.
     */
    void reloadAt(Instant when);
}
