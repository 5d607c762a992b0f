package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;

/**
 * Keeps the address bar in step with a list's filters and open record without navigating, so that the page can be
 * bookmarked, reloaded or sent, and opens in the same state.
 */
public final class UrlState {

    private UrlState() {}

    public static void replace(String path, Map<String, List<String>> parameters) {
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(path, new QueryParameters(parameters)));
    }
}
