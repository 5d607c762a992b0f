package id.bandung.kerjasama.base.ui.export;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * "Export" with XLSX and CSV. Each download reads the list's filter at the moment of the click and streams the
 * rows the service delivers; headers are in the UI's language.
 */
public class ExportMenu<T> extends Composite<MenuBar> {

    public ExportMenu(String fileBaseName, List<ExportColumn<T>> columns, Supplier<TableExport.RowSource<T>> rows) {
        MenuBar bar = getContent();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        bar.addClassName("export-menu");
        bar.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(getTranslation("export.more")));
        MenuItem export = bar.addItem(VaadinIcon.DOWNLOAD_ALT.create());
        export.add(getTranslation("export.menu"));
        export.setAriaLabel(getTranslation("export.menu"));
        SubMenu formats = export.getSubMenu();
        formats.addItem(anchor(
                getTranslation("export.xlsx"),
                download(
                        fileBaseName,
                        "xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        (headers, locale, source, out) -> TableExport.xlsx(columns, headers, fileBaseName, source, out),
                        rows)));
        formats.addItem(anchor(
                getTranslation("export.csv"),
                download(
                        fileBaseName,
                        "csv",
                        "text/csv; charset=UTF-8",
                        (headers, locale, source, out) -> TableExport.csv(columns, headers, locale, source, out),
                        rows)));
    }

    private static Anchor anchor(String text, DownloadHandler handler) {
        Anchor anchor = new Anchor(handler, text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    /** A download that writes the rows in one format; the filter is read when the download starts. */
    private DownloadHandler download(
            String base,
            String extension,
            String contentType,
            TableWriter<T> writer,
            Supplier<TableExport.RowSource<T>> rows) {
        Locale locale = UI.getCurrent().getLocale();
        return event -> {
            TableExport.RowSource<T> source = rows.get();
            event.setFileName(base + "-" + LocalDate.now() + "." + extension);
            event.setContentType(contentType);
            writer.write(key -> getTranslation(locale, key), locale, source, event.getOutputStream());
        };
    }

    @FunctionalInterface
    private interface TableWriter<T> {
        void write(Function<String, String> headers, Locale locale, TableExport.RowSource<T> rows, OutputStream out)
                throws IOException;
    }
}
