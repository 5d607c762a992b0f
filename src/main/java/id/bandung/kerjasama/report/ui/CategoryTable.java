package id.bandung.kerjasama.report.ui;

import id.bandung.kerjasama.report.CategoryFigures;
import java.util.List;
import java.util.function.Function;

/** The report's tables by category, the same in the PDF and the XLSX: their columns and each row's figures. */
enum CategoryTable {
    SUMMARY(
            List.of(
                    "report.column.inForce",
                    "report.column.signed",
                    "report.column.extended",
                    "report.column.ended",
                    "report.column.terminated"),
            figures -> List.of(
                    figures.inForce(), figures.signed(), figures.extended(), figures.ended(), figures.terminated())),
    MONEV(
            List.of(
                    "report.column.inForce",
                    "report.column.withReport",
                    "report.column.evaluations",
                    "report.column.monevOverdue"),
            figures -> List.of(figures.inForce(), figures.withReport(), figures.evaluations(), figures.monevOverdue()));

    /** The translation keys of the columns after the category's. */
    final List<String> columns;

    /** A row's figures, one per column. */
    final Function<CategoryFigures, List<Long>> values;

    CategoryTable(List<String> columns, Function<CategoryFigures, List<Long>> values) {
        this.columns = columns;
        this.values = values;
    }
}
