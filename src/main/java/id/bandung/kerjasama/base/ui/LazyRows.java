package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.springframework.data.domain.Pageable;

/** The grid of a record list, filled page by page from the feature's query class as it scrolls. */
public final class LazyRows {

    private LazyRows() {}

    /** The column every record list ends with: when the record was last changed. */
    public static <R> void updatedColumn(Grid<R> grid, Function<R, Instant> updatedAt) {
        grid.addColumn(row -> Formats.date(updatedAt.apply(row), locale(grid)))
                .setKey("updatedAt")
                .setSortProperty("updatedAt")
                .setHeader(grid.getTranslation("record.updated"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    /**
     * Fills {@code grid} lazily with the rows matching the current filter; the number of matching records shows in the
     * list's heading ({@code <prefix>.count}), {@code <prefix>.empty} when none match. Rows are told apart by their
     * record's id, so that the open record's row stays marked when it is saved or reloaded.
     *
     * @param prefix the feature's translation prefix, such as {@code partner}
     * @param filter the list's current filter
     * @param list   a page of rows matching a filter
     * @param count  the number of rows matching a filter
     * @param id     the id of the record a row shows
     */
    public static <R, F> void show(
            Grid<R> grid,
            ListLayout layout,
            String prefix,
            Supplier<F> filter,
            BiFunction<F, Pageable, List<R>> list,
            ToLongFunction<F> count,
            Function<R, Long> id) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(grid.getTranslation(prefix + ".empty"));
        grid.setItems(new CallbackDataProvider<R, Void>(
                query -> list.apply(filter.get(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> {
                    long matching = count.applyAsLong(filter.get());
                    layout.setCount(grid.getTranslation(prefix + ".count", Formats.number(matching, locale(grid))));
                    return (int) matching;
                },
                id::apply));
    }

    /** The locale the grid is shown in, as {@code Component.getLocale()} finds it. */
    private static Locale locale(Component component) {
        return component
                .getUI()
                .or(() -> Optional.ofNullable(UI.getCurrent()))
                .map(UI::getLocale)
                .orElseGet(Locale::getDefault);
    }
}
