package id.bandung.kerjasama.agreement.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.bandung.kerjasama.agreement.AgreementDocument;
import id.bandung.kerjasama.agreement.DocumentInfo;
import id.bandung.kerjasama.agreement.DocumentService;
import id.bandung.kerjasama.base.ui.Confirmations;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.Notifications;
import java.util.Optional;

/**
 * The signed document of a saved agreement: view it in the browser, download it, and (staff) upload, replace or
 * remove it. Only a PDF of at most 20 MB is taken: the field refuses other files in the browser already, the server
 * refuses them again (the body of a larger upload is never read, see {@link DocumentUploadHandler}), and a refusal is
 * shown at the field.
 */
public class DocumentSection extends Composite<Div> {

    final Upload upload = new Upload();
    private final Div current = new Div();
    final Span refusal = new Span();
    private final DocumentService documents;
    private final long agreementId;
    private final boolean editable;

    DocumentSection(DocumentService documents, long agreementId, boolean editable) {
        this.documents = documents;
        this.agreementId = agreementId;
        this.editable = editable;
        Div root = getContent();
        root.addClassName("document-section");
        H3 title = new H3(getTranslation("agreement.section.document"));
        title.addClassName("form-section-title");
        current.addClassName("document-current");
        root.add(title, current);
        if (editable) {
            configureUpload();
            root.add(upload, refusal);
        }
        show(documents.info(agreementId));
    }

    private void configureUpload() {
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) AgreementDocument.MAX_BYTES);
        upload.setDropLabel(new Span(getTranslation("agreement.document.drop")));
        upload.setI18n(i18n());
        refusal.addClassNames("document-refusal", LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        upload.addFileRejectedListener(event -> showRefusal(event.getErrorMessage()));
        upload.setUploadHandler(new DocumentUploadHandler(
                (fileName, content, size) -> documents.attach(agreementId, fileName, content, size), outcome -> {
                    if (outcome.stored() != null) {
                        refusal.setVisible(false);
                        show(Optional.of(outcome.stored()));
                        Notifications.success(getTranslation(
                                "agreement.document.saved", outcome.stored().fileName()));
                        upload.clearFileList();
                    } else {
                        // The field takes one file; a refused one left in its list would block the next try.
                        upload.clearFileList();
                        showRefusal(getTranslation(outcome.refusal()));
                    }
                }));
    }

    /** Every text of the upload field in the UI's language, the refusals saying what is taken. */
    private UploadI18N i18n() {
        return texts(this);
    }

    /** The upload field's texts for any PDF upload of an agreement (the signed document, a step's document). */
    public static UploadI18N texts(com.vaadin.flow.component.Component owner) {
        java.util.function.Function<String, String> getTranslation = owner::getTranslation;
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation.apply("agreement.document.choose"))
                .setMany(getTranslation.apply("agreement.document.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation.apply("agreement.document.drop"))
                .setMany(getTranslation.apply("agreement.document.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation.apply("agreement.document.too-large"))
                .setIncorrectFileType(getTranslation.apply("agreement.document.not-pdf"))
                .setTooManyFiles(getTranslation.apply("agreement.document.one")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation.apply("agreement.upload.connecting"))
                        .setStalled(getTranslation.apply("agreement.upload.stalled"))
                        .setProcessing(getTranslation.apply("agreement.upload.processing"))
                        .setHeld(getTranslation.apply("agreement.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation.apply("agreement.upload.remaining"))
                        .setUnknown(getTranslation.apply("agreement.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation.apply("agreement.upload.server-unavailable"))
                        .setUnexpectedServerError(getTranslation.apply("agreement.upload.server-error"))
                        .setForbidden(getTranslation.apply("agreement.upload.refused"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(getTranslation.apply("agreement.upload.retry"))
                .setStart(getTranslation.apply("agreement.upload.start"))
                .setRemove(getTranslation.apply("agreement.upload.remove")));
        return i18n;
    }

    private void showRefusal(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
    }

    private void show(Optional<DocumentInfo> info) {
        current.removeAll();
        if (info.isEmpty()) {
            current.add(
                    new Span(getTranslation(editable ? "agreement.document.none-staff" : "agreement.document.none")));
            return;
        }
        DocumentInfo document = info.get();
        Span name = new Span(document.fileName());
        name.addClassName("document-name");
        Span meta = new Span(getTranslation(
                "agreement.document.meta",
                Formats.bytes(document.sizeBytes(), getLocale()),
                document.uploadedBy(),
                Formats.dateTime(document.uploadedAt(), getLocale())));
        meta.addClassName("document-meta");
        Anchor view = new Anchor(handler(true), getTranslation("agreement.document.view"));
        view.setTarget(AnchorTarget.BLANK);
        view.setId("document-view");
        Anchor download = new Anchor(handler(false), getTranslation("agreement.document.download"));
        download.getElement().setAttribute("download", true);
        download.setId("document-download");
        Div links = new Div(VaadinIcon.FILE_TEXT_O.create(), name, view, download);
        links.addClassName("document-links");
        current.add(links, meta);
        if (editable) {
            Button remove = new Button(
                    getTranslation("agreement.document.remove"),
                    event -> Confirmations.delete(document.fileName(), () -> {
                        documents.remove(agreementId);
                        Notifications.success(getTranslation("agreement.document.removed", document.fileName()));
                        show(Optional.empty());
                    }));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            current.add(remove);
        }
    }

    private DownloadHandler handler(boolean inline) {
        return new DocumentDownloadHandler(documents, agreementId, inline);
    }
}
