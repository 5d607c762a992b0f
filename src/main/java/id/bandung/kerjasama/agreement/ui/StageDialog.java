package id.bandung.kerjasama.agreement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementDocument;
import id.bandung.kerjasama.agreement.DocumentInfo;
import id.bandung.kerjasama.agreement.DocumentRejectedException;
import id.bandung.kerjasama.agreement.SignedPdf;
import id.bandung.kerjasama.agreement.Stage;
import id.bandung.kerjasama.agreement.StageEntry;
import id.bandung.kerjasama.agreement.StageRefusedException;
import id.bandung.kerjasama.agreement.StageService;
import id.bandung.kerjasama.base.domain.StaleRecordException;
import id.bandung.kerjasama.base.ui.DatePickers;
import id.bandung.kerjasama.base.ui.EntityRules;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.RecordMessages;
import id.bandung.kerjasama.base.ui.UploadLeftovers;
import jakarta.validation.ConstraintViolationException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;

/**
 * Records one lifecycle step: its date (not in the future, not before the last step), the number of its document,
 * what it needs said (the proposing OPD, the reason for an end) and optionally its document, a PDF of at most 20 MB
 * held in a temporary file until Save. The service's refusal shows at its field; nothing is stored half way.
 */
class StageDialog extends Dialog {

    final DatePicker happenedOn;
    final TextField referenceNumber = new TextField();
    final TextArea detail = new TextArea();
    final Upload upload = new Upload();
    final Span refusal = new Span();
    final Button save = new Button();

    private final StageService stages;
    private final Agreement agreement;
    private final Stage stage;
    private final SerializableConsumer<Agreement> onSaved;
    private Path pending;
    private String pendingName;
    private long pendingSize;

    StageDialog(
            StageService stages,
            Agreement agreement,
            Stage stage,
            Clock clock,
            SerializableConsumer<Agreement> onSaved) {
        this.stages = stages;
        this.agreement = agreement;
        this.stage = stage;
        this.onSaved = onSaved;
        addClassName("stage-dialog");
        setHeaderTitle(getTranslation("agreement.lifecycle.record", getTranslation("stage." + stage.name())));
        happenedOn = DatePickers.create(getTranslation("agreement.lifecycle.date"));
        happenedOn.setRequiredIndicatorVisible(true);
        happenedOn.setMax(LocalDate.now(clock));
        happenedOn.setValue(LocalDate.now(clock));
        referenceNumber.setLabel(getTranslation("agreement.lifecycle.number-field"));
        referenceNumber.setMaxLength(Agreement.NUMBER_MAX);
        boolean numberNeeded = stage == Stage.DPRD_APPROVAL || stage == Stage.CENTRAL_APPROVAL;
        referenceNumber.setRequiredIndicatorVisible(numberNeeded);
        detail.setLabel(getTranslation(detailLabel()));
        detail.setMaxLength(StageEntry.DETAIL_MAX);
        detail.setRequiredIndicatorVisible(stage == Stage.PROPOSAL || stage == Stage.ENDED);
        configureUpload();
        FormLayout form = new FormLayout(happenedOn, referenceNumber, detail, upload, refusal);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        save.addClickShortcut(Key.ENTER).listenOn(this);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                dropPending();
            }
        });
        setWidth("32rem");
    }

    private String detailLabel() {
        return switch (stage) {
            case PROPOSAL -> "agreement.lifecycle.proposer";
            case ENDED -> "agreement.lifecycle.reason";
            case CENTRAL_APPROVAL -> "agreement.lifecycle.ministry";
            default -> "agreement.lifecycle.note";
        };
    }

    private void configureUpload() {
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) AgreementDocument.MAX_BYTES);
        upload.setI18n(DocumentSection.texts(this));
        upload.setDropLabel(new Span(getTranslation("agreement.lifecycle.document")));
        refusal.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        upload.addFileRejectedListener(event -> showRefusal(event.getErrorMessage()));
        upload.setUploadHandler(new DocumentUploadHandler(this::keep, outcome -> {
            if (outcome.refusal() != null) {
                upload.clearFileList();
                showRefusal(getTranslation(outcome.refusal()));
            } else {
                refusal.setVisible(false);
            }
        }));
    }

    /** Keeps the received PDF in a temporary file of its own until Save; anything else is refused at once. */
    private DocumentInfo keep(String fileName, InputStream content, long size) {
        try {
            dropPending();
            Path file = Files.createTempFile(UploadLeftovers.PREFIX + "document-", UploadLeftovers.SUFFIX);
            Files.copy(content, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                if (!SignedPdf.isPdf(in)) {
                    Files.deleteIfExists(file);
                    throw new DocumentRejectedException("agreement.document.not-pdf");
                }
            }
            pending = file;
            pendingName = fileName;
            pendingSize = size;
            return new DocumentInfo(fileName, size, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void dropPending() {
        if (pending != null) {
            try {
                Files.deleteIfExists(pending);
            } catch (IOException e) {
                // the leftovers sweep removes it later
            }
            pending = null;
        }
    }

    private void showRefusal(String text) {
        refusal.setText(text);
        refusal.setVisible(true);
    }

    void save() {
        clearErrors();
        if (happenedOn.getValue() == null) {
            showAt(
                    happenedOn,
                    getTranslation(
                            happenedOn.isInvalid() ? "agreement.lifecycle.date-invalid" : "validation.required"));
            return;
        }
        StageEntry entry = new StageEntry(stage, happenedOn.getValue(), referenceNumber.getValue(), detail.getValue());
        try (InputStream content = pending == null ? null : Files.newInputStream(pending)) {
            Agreement saved =
                    stages.record(agreement.getId(), agreement.getVersion(), entry, pendingName, content, pendingSize);
            close();
            onSaved.accept(saved);
        } catch (StageRefusedException e) {
            String message = message(this, e);
            switch (e.field()) {
                case "happenedOn" -> showAt(happenedOn, message);
                case "referenceNumber" -> showAt(referenceNumber, message);
                case "detail" -> showAt(detail, message);
                case "document" -> showRefusal(message);
                default -> showRefusal(message);
            }
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(violation -> {
                String message = EntityRules.message(violation, getLocale());
                switch (violation.getPropertyPath().toString()) {
                    case "referenceNumber" -> showAt(referenceNumber, message);
                    case "detail" -> showAt(detail, message);
                    default -> showAt(happenedOn, message);
                }
            });
        } catch (StaleRecordException e) {
            close();
            RecordMessages.stale(() -> onSaved.accept(agreement));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[] {happenedOn, referenceNumber, detail}) {
            field.setInvalid(false);
        }
        refusal.setVisible(false);
    }

    private static void showAt(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** A refusal's message in the UI's language, its stage and date arguments written out. */
    static String message(Component component, StageRefusedException refusal) {
        Object[] arguments = Arrays.stream(refusal.arguments())
                .map(argument -> argument instanceof Stage stage
                        ? component.getTranslation("stage." + stage.name())
                        : argument instanceof TemporalAccessor date
                                ? Formats.date(
                                        date,
                                        com.vaadin
                                                .flow
                                                .component
                                                .UI
                                                .getCurrent()
                                                .getLocale())
                                : argument)
                .toArray();
        return component.getTranslation(refusal.messageKey(), arguments);
    }
}
