package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.grid.Grid;
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
    private final Rows<?, T> rows;
    private final ListLayout layout;
    private final String path;
    private final Supplier<Map<String, List<String>>> filterParameters;
    private final BooleanSupplier unsavedChanges;
    private final LongFunction<Optional<T>> finder;
    private final Consumer<T> show;
    private T editing;

    /**
     * For a grid of the records themselves.
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
                new Rows<>(grid, AbstractEntity::getId, record -> record),
                layout,
                path,
                filterParameters,
                unsavedChanges,
                finder,
                show);
    }

    /**
     * For a grid of rows (read-side records) that stand for the records: choosing a row opens its record, loaded by
     * {@code finder}. The grid should identify its rows by {@code rowId}.
     */
    public <R> RecordEditing(
            Grid<R> grid,
            Function<R, Long> rowId,
            ListLayout layout,
            String path,
            Supplier<Map<String, List<String>>> filterParameters,
            BooleanSupplier unsavedChanges,
            LongFunction<Optional<T>> finder,
            Consumer<T> show) {
        this(new Rows<R, T>(grid, rowId, record -> null), layout, path, filterParameters, unsavedChanges, finder, show);
    }

    private <R> RecordEditing(
            Rows<R, T> rows,
            ListLayout layout,
            String path,
            Supplier<Map<String, List<String>>> filterParameters,
            BooleanSupplier unsavedChanges,
            LongFunction<Optional<T>> finder,
            Consumer<T> show) {
        this.grid = rows.grid;
        this.rows = rows;
        this.layout = layout;
        this.path = path;
        this.filterParameters = filterParameters;
        this.unsavedChanges = unsavedChanges;
        this.finder = finder;
        this.show = show;
        rows.grid.asSingleSelect().addValueChangeListener(event -> {
            R chosen = event.getValue();
            Long chosenId = chosen == null ? null : rows.id.apply(chosen);
            if (!event.isFromClient() || chosen != null && isEditing(chosenId)) {
                return;
            }
            keepSelection();
            if (chosen != null) {
                confirmThen(() -> {
                    rows.chosen = chosen;
                    openById(chosenId);
                });
            }
        });
        layout.editor().addCloseListener(event -> confirmThen(this::close));
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
        rows.keep(editing);
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

    /** The grid's items, the record id each stands for, and the row that shows the record being edited. */
    private static final class Rows<R, T extends AbstractEntity> {

        final Grid<R> grid;
        final Function<R, Long> id;
        /** The record's own row when the grid lists records; null for a grid of rows. */
        final Function<T, R> rowOf;
        /** The row last chosen: it stays selected while its record is open. */
        R chosen;

        Rows(Grid<R> grid, Function<R, Long> id, Function<T, R> rowOf) {
            this.grid = grid;
            this.id = id;
            this.rowOf = rowOf;
        }

        void keep(T editing) {
            R row = editing == null || editing.isNew() ? null : rowOf.apply(editing);
            if (row == null
                    && editing != null
                    && chosen != null
                    && editing.getId() != null
                    && editing.getId().equals(id.apply(chosen))) {
                row = chosen;
            }
            if (row == null) {
                grid.deselectAll();
            } else {
                grid.select(row);
            }
        }
    }
}
