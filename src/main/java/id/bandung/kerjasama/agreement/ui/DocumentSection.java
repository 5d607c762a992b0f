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
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import id.bandung.kerjasama.agreement.AgreementDocument;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.agreement.DocumentInfo;
import id.bandung.kerjasama.agreement.DocumentRejectedException;
import id.bandung.kerjasama.base.domain.StaleRecordException;
import id.bandung.kerjasama.base.ui.Confirmations;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.Notifications;

import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.util.Optional;

/**
 * The signed document of a saved agreement: view it in the browser, download it, and (staff) upload, replace or
 * remove it. Only a PDF of at most 20 MB is taken; the service checks the content, not only the name.
 */
class DocumentSection extends Composite<Div> {

    final Upload upload = new Upload();
    private final Div current = new Div();
    private final AgreementService agreements;
    private final long agreementId;
    private final boolean editable;

    DocumentSection(AgreementService agreements, long agreementId, boolean editable) {
        this.agreements = agreements;
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
            root.add(upload);
        }
        show(agreements.documentInfo(agreementId));
    }

    private void configureUpload() {
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) AgreementDocument.MAX_BYTES);
        upload.setDropLabel(new Span(getTranslation("agreement.document.drop")));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("agreement.document.choose"))
                .setMany(getTranslation("agreement.document.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("agreement.document.drop"))
                .setMany(getTranslation("agreement.document.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("agreement.document.too-large"))
                .setIncorrectFileType(getTranslation("agreement.document.not-pdf"))
                .setTooManyFiles(getTranslation("agreement.document.one")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(event -> Notifications.error(event.getErrorMessage()));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, content) -> {
            try {
                show(Optional.of(agreements.attachDocument(agreementId, metadata.fileName(), content)));
                Notifications.success(getTranslation("agreement.document.saved", metadata.fileName()));
            } catch (DocumentRejectedException e) {
                Notifications.error(getTranslation(e.reason()));
            } catch (StaleRecordException e) {
                Notifications.error(getTranslation("record.not-found"));
            }
            upload.clearFileList();
        }));
    }

    private void show(Optional<DocumentInfo> info) {
        current.removeAll();
        if (info.isEmpty()) {
            current.add(new Span(getTranslation(editable ? "agreement.document.none-staff" : "agreement.document.none")));
            return;
        }
        DocumentInfo document = info.get();
        Span name = new Span(document.fileName());
        name.addClassName("document-name");
        Span meta = new Span(getTranslation("agreement.document.meta", size(document.sizeBytes()),
                document.uploadedBy(), Formats.dateTime(document.uploadedAt(), getLocale())));
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
            Button remove = new Button(getTranslation("agreement.document.remove"), event ->
                    Confirmations.delete(document.fileName(), () -> {
                        agreements.removeDocument(agreementId);
                        Notifications.success(getTranslation("agreement.document.removed", document.fileName()));
                        show(Optional.empty());
                    }));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            current.add(remove);
        }
    }

    /** Streams the stored PDF, shown in the browser ({@code inline}) or saved as a file. */
    private DownloadHandler handler(boolean inline) {
        var handler = DownloadHandler.fromInputStream(event -> agreements.document(agreementId)
                .map(document -> new DownloadResponse(new ByteArrayInputStream(document.getContent()),
                        document.getFileName(), document.getContentType(), document.getSizeBytes()))
                .orElseGet(() -> DownloadResponse.error(404)));
        return inline ? handler.inline() : handler;
    }

    private String size(long bytes) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return bytes >= 1024 * 1024 ? format.format(bytes / (1024.0 * 1024)) + " MB"
                : format.format(Math.max(1, bytes / 1024.0)) + " KB";
    }
}
