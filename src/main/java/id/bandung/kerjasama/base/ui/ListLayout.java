package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Arrays;

/**
 * The shape every record list shares: an introduction with the number of matching records and the list's actions,
 * a row of filters, and the grid with the editor panel beside it.
 */
public class ListLayout extends Composite<Main> {

    private final Span count = new Span();
    private final Div countLine = new Div(count);
    private final Div actions = new Div();
    private final Div filters = new Div();
    private final Div body = new Div();
    private final EditorPanel editor = new EditorPanel();

    public ListLayout(String intro) {
        Main main = getContent();
        main.addClassName("list-view");
        Paragraph introText = new Paragraph(intro);
        introText.addClassName("view-intro");
        count.addClassName("result-count");
        count.getElement().setAttribute("aria-live", "polite");
        countLine.addClassName("result-line");
        Div heading = new Div(introText, countLine);
        heading.addClassName("view-heading-text");
        actions.addClassName("view-actions");
        Div toolbar = new Div(heading, actions);
        toolbar.addClassName("view-toolbar");
        filters.addClassName("filter-bar");
        filters.getElement().setAttribute("role", "search");
        body.addClassName("list-body");
        main.add(toolbar, filters, body);
    }

    /**
     * The list's grid. While the editor is open, the columns named {@code secondaryColumns} are hidden so that the
     * ones that identify a record keep their room.
     */
    public void setGrid(Grid<?> grid, String... secondaryColumns) {
        body.removeAll();
        body.add(grid, editor);
        editor.addVisibilityListener(open ->
                Arrays.stream(secondaryColumns).map(grid::getColumnByKey).forEach(column -> column.setVisible(!open)));
    }

    public void addActions(Component... components) {
        actions.add(components);
    }

    public void addFilters(Component... components) {
        filters.add(components);
    }

    /**
     * Shows components beside the number of matching records, such as a filter a link set that has no field of its
     * own ({@link FilterChip}): it tells why the list is short where the number is read.
     */
    public void addBesideCount(Component... components) {
        countLine.add(components);
    }

    public void setCount(String text) {
        count.setText(text);
    }

    public String getCount() {
        return count.getText();
    }

    public EditorPanel editor() {
        return editor;
    }
}
