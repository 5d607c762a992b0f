package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The questions asked before something is lost: unsaved changes, a record to delete. */
public final class Confirmations {

    private Confirmations() {}

    /** Asks before unsaved changes are thrown away; {@code onDiscard} runs only if the user agrees. */
    public static void discardChanges(Runnable onDiscard) {
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(ui.getTranslation("confirm.discard.title"));
        dialog.setText(ui.getTranslation("confirm.discard.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("confirm.discard.keep"));
        dialog.setConfirmText(ui.getTranslation("confirm.discard.discard"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> onDiscard.run());
        dialog.open();
    }

    /** Asks before a record is deleted. */
    public static void delete(String label, Runnable onDelete) {
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(ui.getTranslation("confirm.delete.title"));
        dialog.setText(ui.getTranslation("confirm.delete.text", label));
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("action.cancel"));
        dialog.setConfirmText(ui.getTranslation("action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> onDelete.run());
        dialog.open();
    }
}
