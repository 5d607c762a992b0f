package id.bandung.kerjasama.monitoring.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.DocumentInfo;
import id.bandung.kerjasama.agreement.DocumentRejectedException;
import id.bandung.kerjasama.agreement.ui.DocumentDownloadHandler;
import id.bandung.kerjasama.agreement.ui.DocumentSection;
import id.bandung.kerjasama.agreement.ui.DocumentUploadHandler;
import id.bandung.kerjasama.base.domain.StaleRecordException;
import id.bandung.kerjasama.base.ui.Confirmations;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.Notifications;
import id.bandung.kerjasama.base.ui.RecordMessages;
import id.bandung.kerjasama.monitoring.EvidenceInfo;
import id.bandung.kerjasama.monitoring.EvidenceRejectedException;
import id.bandung.kerjasama.monitoring.MonevReport;
import id.bandung.kerjasama.monitoring.MonevReportRow;
import id.bandung.kerjasama.monitoring.MonevService;
import java.util.List;

/**
 * An agreement's implementation reports (Monev) in its editor, the latest period first: what was done, by whom, the
 * evaluation's recommendation, and the evidence files. Staff add, change and delete reports and upload evidence
 * (PDF, JPEG or PNG, 20 MB each, checked again on the server).
 */
class MonevSection extends Composite<Div> {

    final Div reports = new Div();
    final Button add = new Button();
    private final MonevService monev;
    private final Agreement agreement;
    private final boolean editable;

    MonevSection(MonevService monev, Agreement agreement, boolean editable) {
        this.monev = monev;
        this.agreement = agreement;
        this.editable = editable;
        getContent().addClassName("monev-section");
        H3 title = new H3(getTranslation("monev.section"));
        title.addClassName("form-section-title");
        reports.addClassName("monev-reports");
        getContent().add(title, reports);
        if (editable) {
            add.setText(getTranslation("monev.new"));
            add.setIcon(VaadinIcon.PLUS.create());
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.addClassName("monev-new");
            add.addClickListener(event -> open(new MonevReport(agreement, null, null)));
            getContent().add(add);
        }
        show();
    }

    void show() {
        reports.removeAll();
        List<MonevReportRow> rows = monev.reportsOf(agreement.getId());
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("monev.none"));
            none.addClassName("section-helper");
            reports.add(none);
        }
        rows.forEach(row -> reports.add(card(row)));
    }

    private Div card(MonevReportRow row) {
        Span period = new Span(getTranslation(
                "monev.period",
                Formats.date(row.periodFrom(), getLocale()),
                Formats.date(row.periodTo(), getLocale())));
        period.addClassName("monev-period");
        Div head = new Div(period);
        head.addClassName("monev-head");
        if (row.recommendation() != null) {
            Span evaluation = new Span(getTranslation(
                    "monev.evaluation",
                    getTranslation(
                            "monev.recommendation." + row.recommendation().name())));
            evaluation.getElement().getThemeList().add("badge success");
            head.add(evaluation);
        }
        Div card = new Div(head);
        card.addClassName("monev-report");
        line(card, "monev.field.activities", row.activities());
        line(card, "monev.field.outputs", row.outputs());
        line(card, "monev.field.outcomes", row.outcomes());
        line(card, "monev.field.obstacles", row.obstacles());
        line(card, "monev.field.followUp", row.followUp());
        Span who = new Span(getTranslation("monev.who", row.responsibleUnit(), row.personInCharge()));
        who.addClassName("stage-who");
        card.add(who);
        row.evidence().forEach(file -> card.add(evidence(file)));
        if (editable) {
            card.add(actions(row));
        }
        return card;
    }

    private static void line(Div card, String key, String text) {
        if (text != null) {
            Span label = new Span(card.getTranslation(key) + ": ");
            label.addClassName("monev-label");
            Div line = new Div(label, new Span(text));
            line.addClassName("monev-line");
            card.add(line);
        }
    }

    private Div evidence(EvidenceInfo file) {
        Anchor link = new Anchor(
                DocumentDownloadHandler.inline(() -> monev.read(file.id())
                        .map(found -> new DocumentDownloadHandler.Served(
                                found.fileName(), found.contentType(), found.content()))),
                file.fileName());
        link.setTarget(AnchorTarget.BLANK);
        link.addClassName("monev-evidence");
        Span size = new Span(Formats.bytes(file.sizeBytes(), getLocale()));
        size.addClassName("stage-who");
        Div line = new Div(VaadinIcon.PAPERCLIP.create(), link, size);
        line.addClassName("monev-evidence-line");
        if (editable) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> {
                monev.removeEvidence(file.id());
                Notifications.success(getTranslation("monev.evidence.removed", file.fileName()));
                show();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation("monev.evidence.remove", file.fileName()));
            remove.setTooltipText(getTranslation("monev.evidence.remove", file.fileName()));
            line.add(remove);
        }
        return line;
    }

    private Div actions(MonevReportRow row) {
        Upload upload = new Upload();
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MonevService.EVIDENCE_MAX_BYTES);
        upload.setDropLabel(new Span(getTranslation("monev.evidence.drop")));
        UploadI18N texts = DocumentSection.texts(this);
        texts.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("monev.evidence.choose"))
                .setMany(getTranslation("monev.evidence.choose")));
        texts.getError()
                .setIncorrectFileType(getTranslation("monev.evidence.kind"))
                .setFileIsTooBig(getTranslation("monev.evidence.too-large"));
        upload.setI18n(texts);
        Span refusal = new Span();
        refusal.addClassName("document-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        upload.addFileRejectedListener(event -> {
            refusal.setText(getTranslation("monev.evidence.kind"));
            refusal.setVisible(true);
        });
        upload.setUploadHandler(new DocumentUploadHandler(
                (fileName, content, size) -> {
                    try {
                        EvidenceInfo stored = monev.attach(row.id(), fileName, content, size);
                        return new DocumentInfo(
                                stored.fileName(), stored.sizeBytes(), stored.uploadedAt(), stored.uploadedBy());
                    } catch (EvidenceRejectedException e) {
                        throw new DocumentRejectedException(e.reason());
                    }
                },
                outcome -> {
                    upload.clearFileList();
                    if (outcome.stored() != null) {
                        Notifications.success(getTranslation(
                                "monev.evidence.saved", outcome.stored().fileName()));
                        show();
                    } else {
                        refusal.setText(getTranslation(outcome.refusal()));
                        refusal.setVisible(true);
                    }
                }));
        Button edit = new Button(
                getTranslation("monev.edit"),
                event -> monev.find(row.id())
                        .ifPresentOrElse(this::open, () -> Notifications.error(getTranslation("record.not-found"))));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button delete = new Button(
                getTranslation("action.delete"),
                event -> Confirmations.delete(getTranslation("monev.period-label", row.periodTo()), () -> {
                    try {
                        monev.find(row.id()).ifPresent(monev::delete);
                        Notifications.success(getTranslation("monev.deleted"));
                    } catch (StaleRecordException e) {
                        RecordMessages.stale(this::show);
                    }
                    show();
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Div buttons = new Div(edit, delete);
        buttons.addClassName("lifecycle-actions");
        Div actions = new Div(upload, refusal, buttons);
        actions.addClassName("monev-actions");
        return actions;
    }

    private void open(MonevReport report) {
        new MonevDialog(monev, report, saved -> {
                    Notifications.success(getTranslation("monev.saved"));
                    show();
                })
                .open();
    }
}
