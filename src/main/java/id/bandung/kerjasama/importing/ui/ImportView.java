package id.bandung.kerjasama.importing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.bandung.kerjasama.base.domain.Actor;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.LightText;
import id.bandung.kerjasama.base.ui.Notifications;
import id.bandung.kerjasama.importing.ImportBatchRow;
import id.bandung.kerjasama.importing.ImportFileException;
import id.bandung.kerjasama.importing.ImportKind;
import id.bandung.kerjasama.importing.ImportPreview;
import id.bandung.kerjasama.importing.ImportPreview.Action;
import id.bandung.kerjasama.importing.ImportProblem;
import id.bandung.kerjasama.importing.ImportProgress;
import id.bandung.kerjasama.importing.ImportRefusedException;
import id.bandung.kerjasama.importing.ImportRejectedException;
import id.bandung.kerjasama.importing.ImportService;
import id.bandung.kerjasama.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Bulk import for staff (issue 14, decision 026): choose what the file holds, download its template, upload an XLSX
 * or CSV, read the preview (what would be created, what is already in the register, every problem by row and
 * column), then import it all at once; below, the recent imports, the last of which can be undone. Reading and
 * writing run off the screen's lock, with a progress bar, so a file of twenty thousand rows keeps the screen alive.
 */
@Route("import")
@Menu(order = 45, icon = "vaadin:upload", title = "import.menu")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class ImportView extends Main implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ImportView.class);
    static final int HISTORY_SHOWN = 10;

    final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    final Anchor template = new Anchor();
    final Upload upload = new Upload();
    final Paragraph fileError = new Paragraph();
    final Div progressBox = new Div();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Div previewBox = new Div();
    final Div summary = new Div();
    final Paragraph notice = new Paragraph();
    final Grid<ImportProblem> problems = new Grid<>();
    final Select<Action> rowFilter = new Select<>();
    final Grid<ImportPreview.Row> rows = new Grid<>();
    final Button commit = new Button();
    final Button discard = new Button();
    final Grid<ImportBatchRow> history = new Grid<>();
    final Button undo = new Button();

    private final ImportService imports;
    private final AsyncTaskExecutor executor;

    /** The uploaded file this screen owns, and the preview shown of it. */
    private Path file;

    private String fileName;
    private ImportPreview preview;
    private boolean busy;

    ImportView(ImportService imports, AsyncTaskExecutor applicationTaskExecutor) {
        this.imports = imports;
        this.executor = applicationTaskExecutor;
        addClassNames("list-view", "import-view");
        getStyle().set("height", "auto");

        Paragraph intro = LightText.set(new Paragraph(), getTranslation("import.intro"));
        intro.addClassName("view-intro");

        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("import.kind." + value.name()));
        kind.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        kind.setValue(ImportKind.PARTNER);
        kind.addValueChangeListener(event -> {
            updateTemplate();
            if (file != null && !busy) {
                startPreview();
            }
        });
        template.getElement().setAttribute("download", true);
        template.addClassNames(
                "import-template", LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.XSMALL);
        updateTemplate();

        configureUpload();
        fileError.addClassNames("import-file-error", LumoUtility.TextColor.ERROR, LumoUtility.Margin.NONE);
        fileError.getElement().setAttribute("role", "alert");
        fileError.setVisible(false);

        progress.setIndeterminate(true);
        progressText.addClassName("import-progress-text");
        progressText.getElement().setAttribute("aria-live", "polite");
        progressBox.add(progressText, progress);
        progressBox.addClassNames("import-progress", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        progressBox.getStyle().set("max-width", "40rem");
        progressBox.setVisible(false);

        configurePreview();
        configureHistory();

        H2 step1 = heading(getTranslation("import.step.choose"));
        H2 step2 = heading(getTranslation("import.step.upload"));
        H2 step3 = heading(getTranslation("import.step.history"));
        HorizontalLayout chooseRow = new HorizontalLayout(kind, template);
        chooseRow.setAlignItems(FlexComponent.Alignment.END);
        chooseRow.setWrap(true);
        chooseRow.addClassName("import-choose");
        add(intro, step1, chooseRow, step2, upload, fileError, progressBox, previewBox, step3, undo, history);
    }

    private static H2 heading(String text) {
        H2 heading = new H2(text);
        heading.addClassNames(
                "import-step",
                LumoUtility.FontSize.LARGE,
                LumoUtility.Margin.Top.MEDIUM,
                LumoUtility.Margin.Bottom.NONE);
        return heading;
    }

    // ---- choosing and uploading ----

    private void updateTemplate() {
        ImportKind chosen = kind.getValue();
        template.setHref((DownloadHandler) event -> {
            event.setFileName(chosen.templateFileName());
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            imports.writeTemplate(chosen, event.getOutputStream());
        });
        template.removeAll();
        template.add(
                VaadinIcon.DOWNLOAD.create(),
                new Span(getTranslation(
                        "import.template",
                        getTranslation("import.kind." + chosen.name()).toLowerCase(getLocale()))));
    }

    private void configureUpload() {
        upload.setAcceptedFileTypes(
                ".xlsx", ".csv", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ImportUploadHandler.MAX_BYTES);
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        upload.setI18n(i18n());
        upload.addClassName("import-upload");
        upload.addFileRejectedListener(event -> showFileError(event.getErrorMessage()));
        upload.setUploadHandler(new ImportUploadHandler(this::received, key -> {
            upload.clearFileList();
            showFileError(getTranslation(key));
        }));
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("import.upload.add"))
                .setMany(getTranslation("import.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("import.drop"))
                .setMany(getTranslation("import.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("import.file.too-large"))
                .setIncorrectFileType(getTranslation("import.file.wrong-type"))
                .setTooManyFiles(getTranslation("import.upload.one-file")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("agreement.upload.connecting"))
                        .setStalled(getTranslation("agreement.upload.stalled"))
                        .setProcessing(getTranslation("agreement.upload.processing"))
                        .setHeld(getTranslation("agreement.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("agreement.upload.remaining"))
                        .setUnknown(getTranslation("agreement.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("agreement.upload.server-unavailable"))
                        .setUnexpectedServerError(getTranslation("agreement.upload.server-error"))
                        .setForbidden(getTranslation("import.file.too-large"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(getTranslation("agreement.upload.retry"))
                .setStart(getTranslation("agreement.upload.start"))
                .setRemove(getTranslation("agreement.upload.remove")));
        return i18n;
    }

    /** A new file: the one before is dropped, and the new one is read for its preview. */
    void received(Path uploaded, String name) {
        if (busy) {
            delete(uploaded);
            Notifications.error(getTranslation("import.busy"));
            return;
        }
        forgetFile();
        file = uploaded;
        fileName = name;
        upload.clearFileList();
        startPreview();
    }

    private void startPreview() {
        ImportKind chosen = kind.getValue();
        Path reading = file;
        String name = fileName;
        Locale locale = getLocale();
        run(
                getTranslation("import.reading", name),
                progress -> imports.preview(chosen, reading, name, locale, progress),
                this::showPreview);
    }

    // ---- the preview ----

    private void configurePreview() {
        summary.addClassNames(
                "import-summary",
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.AlignItems.CENTER,
                LumoUtility.Gap.SMALL);
        notice.addClassNames("import-notice", LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        notice.setVisible(false);

        problems.addColumn(problem -> Formats.number(problem.row(), getLocale()))
                .setKey("row")
                .setHeader(getTranslation("import.column.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(ImportProblem::column)
                .setKey("column")
                .setHeader(getTranslation("import.column.column"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(ImportProblem::value)
                .setKey("value")
                .setHeader(getTranslation("import.column.value"))
                .setFlexGrow(1);
        problems.addColumn(ImportProblem::message)
                .setKey("message")
                .setHeader(getTranslation("import.column.message"))
                .setFlexGrow(3);
        problems.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addClassName("import-problems");
        problems.setHeight("18rem");
        problems.getStyle().set("min-height", "10rem");

        rowFilter.setLabel(getTranslation("import.filter"));
        rowFilter.addClassNames("import-filter", LumoUtility.AlignSelf.START);
        rowFilter.setWidth("16rem");
        rowFilter.setEmptySelectionAllowed(true);
        rowFilter.setEmptySelectionCaption(getTranslation("import.filter.all"));
        rowFilter.setItems(Action.values());
        rowFilter.setItemLabelGenerator(action -> action == null
                ? getTranslation("import.filter.all")
                : getTranslation("import.action." + action.name()));
        rowFilter.addValueChangeListener(event -> showRows());

        rows.addColumn(row -> Formats.number(row.row(), getLocale()))
                .setKey("row")
                .setHeader(getTranslation("import.column.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        rows.addComponentColumn(this::actionBadge)
                .setKey("action")
                .setHeader(getTranslation("import.column.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(ImportPreview.Row::label)
                .setKey("label")
                .setHeader(getTranslation("import.column.label"))
                .setFlexGrow(1);
        rows.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        rows.addClassName("import-rows");
        rows.setHeight("22rem");

        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.addClassName("import-commit");
        commit.setIcon(VaadinIcon.CHECK.create());
        commit.addClickListener(click -> startCommit());
        discard.setText(getTranslation("import.discard"));
        discard.addClickListener(click -> {
            forgetFile();
            showPreview(null);
        });

        HorizontalLayout buttons = new HorizontalLayout(commit, discard);
        buttons.addClassName("import-buttons");
        H3 problemsTitle = new H3(getTranslation("import.problems"));
        problemsTitle.addClassNames(
                "import-problems-title", LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Vertical.XSMALL);
        H3 rowsTitle = new H3(getTranslation("import.rows"));
        rowsTitle.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Vertical.XSMALL);
        previewBox.add(summary, notice, buttons, problemsTitle, problems, rowsTitle, rowFilter, rows);
        previewBox.addClassNames(
                "import-preview",
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL,
                LumoUtility.Padding.MEDIUM,
                LumoUtility.Border.ALL,
                LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.BorderRadius.LARGE,
                LumoUtility.Background.BASE);
        previewBox.setVisible(false);
    }

    private Component actionBadge(ImportPreview.Row row) {
        Span badge = new Span(getTranslation("import.action." + row.action().name()));
        badge.getElement()
                .getThemeList()
                .add(
                        switch (row.action()) {
                            case CREATE -> "badge success";
                            case MATCH -> "badge contrast";
                            case PROBLEM -> "badge error";
                        });
        return badge;
    }

    void showPreview(ImportPreview shown) {
        preview = shown;
        previewBox.setVisible(shown != null);
        if (shown == null) {
            problems.setItems(List.of());
            rows.setItems(List.of());
            return;
        }
        Locale locale = getLocale();
        summary.removeAll();
        summary.add(
                new Span(getTranslation(
                        "import.summary.file",
                        shown.fileName(),
                        getTranslation("import.kind." + shown.kind().name()))),
                badge(
                        "badge success",
                        getTranslation("import.summary.create", Formats.number(shown.count(Action.CREATE), locale))),
                badge(
                        "badge contrast",
                        getTranslation("import.summary.match", Formats.number(shown.count(Action.MATCH), locale))),
                badge(
                        shown.problemCount() > 0 ? "badge error" : "badge",
                        getTranslation(
                                "import.summary.problems",
                                Formats.number(shown.count(Action.PROBLEM), locale),
                                Formats.number(shown.problemCount(), locale))));
        StringBuilder notes = new StringBuilder();
        if (shown.notice() != null) {
            notes.append(shown.notice());
        }
        if (!shown.ignoredColumns().isEmpty()) {
            if (!notes.isEmpty()) {
                notes.append(' ');
            }
            notes.append(getTranslation("import.ignored-columns", String.join(", ", shown.ignoredColumns())));
        }
        notice.setText(notes.toString());
        notice.setVisible(!notes.isEmpty());

        boolean hasProblems = shown.problemCount() > 0;
        problems.setItems(shown.problems());
        problems.setVisible(hasProblems);
        problems.getParent()
                .ifPresent(parent -> parent.getChildren()
                        .filter(child -> child.hasClassName("import-problems-title"))
                        .forEach(title -> title.setVisible(hasProblems)));
        rowFilter.setValue(hasProblems ? Action.PROBLEM : null);
        showRows();

        long creating = shown.count(Action.CREATE);
        if (shown.importable() && creating > 0) {
            commit.setText(getTranslation("import.commit", Formats.number(creating, locale)));
            commit.setEnabled(true);
        } else if (shown.importable()) {
            commit.setText(getTranslation("import.commit.nothing"));
            commit.setEnabled(false);
        } else {
            commit.setText(getTranslation("import.commit.blocked", Formats.number(shown.problemCount(), locale)));
            commit.setEnabled(false);
        }
    }

    private Span badge(String theme, String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private void showRows() {
        if (preview == null) {
            return;
        }
        Action filter = rowFilter.getValue();
        rows.setItems(
                filter == null
                        ? preview.rows()
                        : preview.rows().stream()
                                .filter(row -> row.action() == filter)
                                .toList());
    }

    // ---- committing ----

    private void startCommit() {
        if (preview == null || file == null) {
            return;
        }
        ImportKind chosen = preview.kind();
        Path reading = file;
        String name = fileName;
        Locale locale = getLocale();
        long creating = preview.count(Action.CREATE);
        run(
                getTranslation("import.writing", Formats.number(creating, locale)),
                progress -> imports.commit(chosen, reading, name, locale, progress),
                batch -> {
                    forgetFile();
                    showPreview(null);
                    refreshHistory();
                    Notifications.success(getTranslation(
                            "import.done",
                            Formats.number(batch.createdCount(), getLocale()),
                            batch.fileName(),
                            Formats.number(batch.matchedCount(), getLocale())));
                });
    }

    // ---- history and undo ----

    private void configureHistory() {
        history.addColumn(batch -> Formats.dateTime(batch.createdAt(), getLocale()))
                .setKey("when")
                .setHeader(getTranslation("import.history.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(batch -> getTranslation("import.kind." + batch.kind().name()))
                .setKey("kind")
                .setHeader(getTranslation("import.history.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(ImportBatchRow::fileName)
                .setKey("file")
                .setHeader(getTranslation("import.history.file"))
                .setFlexGrow(1);
        history.addColumn(batch -> getTranslation(
                        "import.history.counts",
                        Formats.number(batch.rowCount(), getLocale()),
                        Formats.number(batch.createdCount(), getLocale()),
                        Formats.number(batch.matchedCount(), getLocale())))
                .setKey("counts")
                .setHeader(getTranslation("import.history.counts.header"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(ImportBatchRow::createdBy)
                .setKey("by")
                .setHeader(getTranslation("import.history.by"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(batch -> batch.undone()
                        ? getTranslation(
                                "import.history.undone",
                                batch.undoneBy(),
                                Formats.dateTime(batch.undoneAt(), getLocale()))
                        : "")
                .setKey("undone")
                .setHeader(getTranslation("import.history.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        history.setAllRowsVisible(true);
        history.getStyle().set("min-height", "0").set("flex", "none");
        history.setEmptyStateText(getTranslation("import.history.empty"));
        history.addClassName("import-history");

        undo.setIcon(VaadinIcon.ARROW_BACKWARD.create());
        undo.addThemeVariants(ButtonVariant.LUMO_ERROR);
        undo.addClickListener(click -> confirmUndo());
        undo.addClassNames("import-undo", LumoUtility.AlignSelf.START); // filled on attach
    }

    private void refreshHistory() {
        history.setItems(imports.recentBatches(HISTORY_SHOWN));
        var last = imports.lastBatch();
        undo.setVisible(last.isPresent());
        last.ifPresent(batch -> undo.setText(getTranslation("import.undo", batch.fileName())));
    }

    private void confirmUndo() {
        var last = imports.lastBatch();
        if (last.isEmpty()) {
            refreshHistory();
            return;
        }
        ImportBatchRow batch = last.get();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("import.undo.title"));
        dialog.setText(getTranslation(
                "import.undo.text",
                Formats.number(batch.createdCount(), getLocale()),
                getTranslation("import.kind." + batch.kind().name()).toLowerCase(getLocale()),
                batch.fileName(),
                batch.createdBy(),
                Formats.dateTime(batch.createdAt(), getLocale())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("import.undo.keep"));
        dialog.setConfirmText(getTranslation("import.undo.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            try {
                ImportBatchRow undone = imports.undo(batch.id());
                Notifications.success(getTranslation(
                        "import.undo.done", Formats.number(undone.createdCount(), getLocale()), undone.fileName()));
            } catch (ImportRefusedException e) {
                Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            }
            refreshHistory();
        });
        dialog.open();
    }

    // ---- work off the screen's lock ----

    /** Work that reports its progress, run in the background; its result or refusal is shown on the screen. */
    private interface Work<T> {
        T run(ImportProgress progress);
    }

    private <T> void run(String label, Work<T> work, java.util.function.Consumer<T> onDone) {
        UI ui = UI.getCurrent();
        SecurityContext user = SecurityContextHolder.getContext();
        Path owned = file;
        setBusy(true, label);
        ImportProgress reported = (read, estimated) -> ui.access(() -> {
            if (estimated > read) {
                progress.setIndeterminate(false);
                progress.setValue(Math.min(1.0, read / (double) estimated));
                progressText.setText(getTranslation(
                        "import.progress",
                        label,
                        Formats.number(read, getLocale()),
                        Formats.number(estimated, getLocale())));
            } else if (read > 0) {
                progress.setIndeterminate(true);
                progressText.setText(getTranslation("import.progress.rows", label, Formats.number(read, getLocale())));
            }
        });
        Supplier<T> task = () -> work.run(reported);
        CompletableFuture.supplyAsync(() -> Actor.callIn(user, task), executor).whenComplete((result, failure) -> {
            try {
                ui.access(() -> finish(result, failure, onDone));
            } catch (UIDetachedException closed) {
                delete(owned); // the screen was closed while the file was read or written
            }
        });
    }

    private <T> void finish(T result, Throwable failure, java.util.function.Consumer<T> onDone) {
        setBusy(false, null);
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        if (!isAttached()) {
            forgetFile(); // the user went elsewhere meanwhile: nothing to show, and nobody owns the file
            return;
        }
        if (cause == null) {
            onDone.accept(result);
        } else if (cause instanceof ImportFileException refusal) {
            showPreview(null);
            showFileError(getTranslation(refusal.messageKey(), refusal.arguments()));
        } else if (cause instanceof ImportRejectedException rejected) {
            showPreview(rejected.preview());
            Notifications.error(getTranslation("import.commit.rejected"));
        } else if (cause instanceof ImportRefusedException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
        } else {
            log.error("Import failed", cause);
            Notifications.error(getTranslation("import.failed"));
        }
    }

    private void setBusy(boolean working, String label) {
        busy = working;
        progressBox.setVisible(working);
        progress.setIndeterminate(true);
        progressText.setText(working ? label : "");
        commit.setEnabled(!working && preview != null && preview.importable() && preview.count(Action.CREATE) > 0);
        discard.setEnabled(!working);
        kind.setReadOnly(working);
        undo.setEnabled(!working);
        if (working) {
            fileError.setVisible(false);
        }
    }

    private void showFileError(String message) {
        fileError.setText(message);
        fileError.setVisible(true);
        Notifications.error(message);
    }

    // ---- the file this screen owns ----

    private void forgetFile() {
        if (file != null) {
            delete(file);
        }
        file = null;
        fileName = null;
        preview = null;
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete the import file {}: {}", path, e.getMessage());
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refreshHistory();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        if (!busy) {
            forgetFile();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
