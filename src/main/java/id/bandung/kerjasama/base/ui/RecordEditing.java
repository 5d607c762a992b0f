package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import id.bandung.kerjasama.base.domain.AbstractEntity;
import id.bandung.kerjasama.base.domain.RecordInUseException;
import id.bandung.kerjasama.base.domain.StaleRecordException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The editing flow every record list shares. Selecting a row (a click, or Space) opens the record beside the list;
 * unsaved changes are asked about before another record replaces them or the panel closes; the address bar follows
 * ({@code partners/42?kind=CITY}), and an address opens the same state.
 *
 * @param <T> the record
 */
public final class RecordEditing<T extends AbstractEntity> {

    private final Grid<?> grid;
    private final Consumer<T> selectRow;
    private final ListLayout layout;
    private final String path;
    private final Supplier<Map<String, List<String>>> filterParameters;
    private final BooleanSupplier unsavedChanges;
    private final LongFunction<Optional<T>> finder;
    private final Consumer<T> show;
    private T editing;

    /**
     * For a grid that lists the records themselves.
     *
     * @param path             the list's route, such as {@code partners}
     * @param filterParameters the list's filter as URL parameters
     * @param unsavedChanges   whether the form holds changes not saved yet
     * @param finder           loads a record by id, fresh from the service
     * @param show             fills the form and the editor panel with a record
     */
    public RecordEditing(
            Grid<T> grid,
            ListLayout layout,
            String path,
            Supplier<Map<String, List<String>>> filterParameters,
            BooleanSupplier unsavedChanges,
            LongFunction<Optional<T>> finder,
            Consumer<T> show) {
        this(
                grid,
                AbstractEntity::getId,
                Function.identity(),
                layout,
                path,
                filterParameters,
                unsavedChanges,
                finder,
                show);
    }

    /**
     * For a grid of rows whose row for a record is read by id ({@code SoftwareQueries.row}), rather than made from the
     * record.
     */
    public static <T extends AbstractEntity, R> RecordEditing<T> ofRows(
            Grid<R> grid,
            Function<R, Long> rowId,
            LongFunction<Optional<R>> row,
            ListLayout layout,
            String path,
            Supplier<Map<String, List<String>>> filterParameters,
            BooleanSupplier unsavedChanges,
            LongFunction<Optional<T>> finder,
            Consumer<T> show) {
        return new RecordEditing<>(
                grid,
                rowId,
                (T record) -> row.apply(record.getId()).orElse(null),
                layout,
                path,
                filterParameters,
                unsavedChanges,
                finder,
                show);
    }

    /**
     * For a grid of rows beside an editor of records: the grid's data provider must identify a row by its record's
     * id, so that the open record's row stays marked.
     *
     * @param rowId the id of the record a row shows
     * @param row   the row of a record, to mark it in the grid
     */
    private <R> RecordEditing(
            Grid<R> grid,
            Function<R, Long> rowId,
            Function<T, R> row,
            ListLayout layout,
            String path,
            Supplier<Map<String, List<String>>> filterParameters,
            BooleanSupplier unsavedChanges,
            LongFunction<Optional<T>> finder,
            Consumer<T> show) {
        this.grid = grid;
        this.selectRow = record -> grid.select(row.apply(record));
        this.layout = layout;
        this.path = path;
        this.filterParameters = filterParameters;
        this.unsavedChanges = unsavedChanges;
        this.finder = finder;
        this.show = show;
        grid.asSingleSelect().addValueChangeListener(event -> {
            Long chosen = event.getValue() == null ? null : rowId.apply(event.getValue());
            if (!event.isFromClient() || chosen != null && isEditing(chosen)) {
                return;
            }
            keepSelection();
            if (chosen != null) {
                confirmThen(() -> openById(chosen));
            }
        });
        layout.editor().addCloseListener(event -> confirmThen(this::close));
    }

    /**
     * The list's button for a new record (only for editors): opens {@code newRecord}, after asking about unsaved
     * changes.
     */
    public Button newButton(String text, String id, Supplier<T> newRecord) {
        Button add = new Button(text, VaadinIcon.PLUS.create(), event -> confirmThen(() -> open(newRecord.get())));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId(id);
        return add;
    }

    /**
     * Listens to the record form: saving calls {@code save}, deleting asks first (naming the record by its
     * {@code label}) and then calls {@code delete}, cancelling closes the editor.
     */
    public void listenTo(Component form, Function<T, String> label, Consumer<T> save, Consumer<T> delete) {
        FormEvents.<T>onSave(form, event -> save.accept(event.record()));
        FormEvents.<T>onDelete(
                form, event -> Confirmations.delete(label.apply(event.record()), () -> delete.accept(event.record())));
        FormEvents.onCancel(form, event -> close());
    }

    /** Reloads the grid; the filter, the scroll position and an open editor stay. */
    public void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** The filter changed: the grid reloads and the address bar follows. */
    public void filterChanged() {
        refresh();
        updateUrl();
    }

    /**
     * The list is entered by its address (after the filter was read from it): the grid reloads and the record the
     * route names opens.
     */
    public void enter(BeforeEnterEvent event, boolean canEdit, Supplier<T> newRecord) {
        refresh();
        openFromRoute(event.getRouteParameters().get("id"), canEdit, newRecord);
    }

    /**
     * Shows {@code content} in the editor panel under {@code title}; a saved record offers its history.
     *
     * @param history the history of the record with the given id
     * @return the panel, for its badge
     */
    public EditorPanel showEditor(T record, String title, Component content, LongFunction<Component> history) {
        EditorPanel editor = layout.editor();
        editor.show(title, content, record.isNew() ? null : () -> history.apply(record.getId()));
        return editor;
    }

    /** Opens the record named by the route: an id, {@code new} (for editors), or nothing. */
    public void openFromRoute(Optional<String> id, boolean canEdit, Supplier<T> newRecord) {
        if (id.isEmpty()) {
            close();
        } else if (id.get().equals("new") && canEdit) {
            open(newRecord.get());
        } else {
            parse(id.get()).ifPresentOrElse(this::openById, this::missing);
        }
    }

    public void open(T record) {
        editing = record;
        show.accept(record);
        keepSelection();
        updateUrl();
    }

    public void openById(long id) {
        finder.apply(id).ifPresentOrElse(this::open, this::missing);
    }

    public void close() {
        editing = null;
        grid.deselectAll();
        layout.editor().close();
        updateUrl();
    }

    /** Runs {@code action} now, or after the user agrees to drop unsaved changes. */
    public void confirmThen(Runnable action) {
        if (unsavedChanges.getAsBoolean()) {
            Confirmations.discardChanges(action);
        } else {
            action.run();
        }
    }

    /**
     * Saves through {@code save}; on success says so and shows the saved record. A lost race offers the current
     * version. Other refusals (a duplicate, a broken rule) reach the caller, which shows them at the field.
     */
    public void save(T record, UnaryOperator<T> save, Function<T, String> savedMessage) {
        T saved;
        try {
            saved = save.apply(record);
        } catch (StaleRecordException e) {
            RecordMessages.stale(() -> reload(record));
            return;
        }
        Notifications.success(savedMessage.apply(saved));
        grid.getDataProvider().refreshAll();
        open(saved);
    }

    /** Deletes through {@code delete}; a record others still refer to stays, and the message says which. */
    public void delete(T record, String label, Consumer<T> delete, String deletedMessage) {
        try {
            delete.accept(record);
        } catch (RecordInUseException e) {
            Notifications.error(RecordMessages.inUse(label, e));
            return;
        } catch (StaleRecordException e) {
            RecordMessages.stale(() -> reload(record));
            return;
        }
        Notifications.success(deletedMessage);
        close();
        grid.getDataProvider().refreshAll();
    }

    /** Leaving the view with unsaved changes asks first. */
    public void beforeLeave(BeforeLeaveEvent event) {
        if (unsavedChanges.getAsBoolean()) {
            BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
            Confirmations.discardChanges(action::proceed);
        }
    }

    /** After a lost race: the current version replaces the form, or the panel closes if it was deleted. */
    public void reload(T record) {
        grid.getDataProvider().refreshAll();
        Optional<T> current = record.isNew() ? Optional.empty() : finder.apply(record.getId());
        current.ifPresentOrElse(this::open, () -> {
            missing();
            close();
        });
    }

    /** The URL of the list in its present state: filter and open record. */
    public void updateUrl() {
        String location = editing == null ? path : path + "/" + (editing.isNew() ? "new" : editing.getId());
        UrlState.replace(location, filterParameters.get());
    }

    public Optional<T> editing() {
        return Optional.ofNullable(editing);
    }

    private boolean isEditing(Long id) {
        return editing != null && id != null && id.equals(editing.getId());
    }

    private void keepSelection() {
        if (editing == null || editing.isNew()) {
            grid.deselectAll();
        } else {
            selectRow.accept(editing);
        }
    }

    private void missing() {
        Notifications.error(grid.getTranslation("record.not-found"));
    }

    private static Optional<Long> parse(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
