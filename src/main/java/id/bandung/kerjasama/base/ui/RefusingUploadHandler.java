package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * An upload handler that answers a refused file with a 4xx status of its own (413 too large, 415 wrong type), so that
 * the upload field marks the file failed: Vaadin would otherwise answer 200 for any upload that did not throw.
 */
public interface RefusingUploadHandler extends UploadHandler {

    /** Keeps the refusal's status. */
    @Override
    default void responseHandled(boolean success, VaadinResponse response) {
        if (success && response instanceof VaadinServletResponse servlet && servlet.getStatus() >= 400) {
            return;
        }
        UploadHandler.super.responseHandled(success, response);
    }
}
