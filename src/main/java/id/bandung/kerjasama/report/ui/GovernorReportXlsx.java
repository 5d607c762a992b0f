package id.bandung.kerjasama.report.ui;

import id.bandung.kerjasama.base.ui.export.TableExport;
import id.bandung.kerjasama.report.CategoryFigures;
import id.bandung.kerjasama.report.GovernorReport;
import id.bandung.kerjasama.report.ReportRow;
import id.bandung.kerjasama.report.WarningCount;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The governor's report as a workbook, in Indonesian: "Ringkasan" (the categories), "Monev", "Kepatuhan" (the
 * warnings) and "Rincian" (the agreements, streamed: Apache POI's streaming workbook keeps a window of rows in
 * memory). Every text is a text cell, never a formula, so a stored title such as {@code =HYPERLINK(…)} stays text, as
 * in the list exports ({@link TableExport}); numbers are numbers and dates dates.
 */
public final class GovernorReportXlsx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final ReportTexts texts;
    private final CellStyle bold;
    private final CellStyle date;

    private GovernorReportXlsx(ReportTexts texts) {
        this.texts = texts;
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
    }

    /** Writes the report, its detail rows as {@code rows} delivers them, to {@code out}. */
    public static void write(
            GovernorReport report,
            TableExport.RowSource<ReportRow> rows,
            ReportTexts texts,
            LocalDate printedOn,
            OutputStream out)
            throws IOException {
        GovernorReportXlsx file = new GovernorReportXlsx(texts);
        try {
            file.summary(report, printedOn);
            file.monev(report);
            file.compliance(report);
            file.details(rows);
            file.workbook.write(out);
        } finally {
            file.workbook.close();
            file.workbook.dispose();
        }
    }

    private void summary(GovernorReport report, LocalDate printedOn) {
        SXSSFSheet sheet = workbook.createSheet(texts.text("report.sheet.summary"));
        List<String> heading = List.of(
                texts.text("report.header.city"),
                texts.text("report.header.office"),
                texts.text("report.header.address"),
                texts.text("report.document.title"),
                texts.period(report.period()),
                texts.text("report.as-of", texts.longDate(report.asOf())),
                texts.text("report.printed", texts.longDate(printedOn)));
        int next = 0;
        for (String line : heading) {
            Row row = sheet.createRow(next++);
            text(row, 0, line, next <= 2 || next == 4 ? bold : null);
        }
        categoryTable(sheet, next + 1, report, CategoryTable.SUMMARY);
        Row note = sheet.createRow(next + 3 + report.categories().size());
        text(note, 0, texts.text("report.note", texts.longDate(report.asOf())), null);
        sheet.setColumnWidth(0, 52 * 256);
    }

    private void monev(GovernorReport report) {
        SXSSFSheet sheet = workbook.createSheet(texts.text("report.sheet.monev"));
        categoryTable(sheet, 0, report, CategoryTable.MONEV);
        sheet.setColumnWidth(0, 52 * 256);
    }

    /** A table of the categories and their total, with one column per figure. */
    private void categoryTable(SXSSFSheet sheet, int first, GovernorReport report, CategoryTable which) {
        List<String> columns = which.columns;
        Function<CategoryFigures, List<Long>> values = which.values;
        Row header = sheet.createRow(first);
        text(header, 0, texts.text("report.column.category"), bold);
        for (int i = 0; i < columns.size(); i++) {
            text(header, i + 1, texts.text(columns.get(i)), bold);
            sheet.setColumnWidth(i + 1, 18 * 256);
        }
        int next = first + 1;
        for (CategoryFigures figures : report.categories()) {
            numbers(sheet.createRow(next++), texts.category(figures.key()), values.apply(figures), null);
        }
        numbers(sheet.createRow(next), texts.text("report.total"), values.apply(report.total()), bold);
    }

    private void compliance(GovernorReport report) {
        SXSSFSheet sheet = workbook.createSheet(texts.text("report.sheet.compliance"));
        Row header = sheet.createRow(0);
        text(header, 0, texts.text("report.column.warning"), bold);
        text(header, 1, texts.text("report.column.open"), bold);
        text(header, 2, texts.text("report.column.acknowledged"), bold);
        text(header, 3, texts.text("report.total"), bold);
        int next = 1;
        for (WarningCount warning : report.warnings()) {
            numbers(
                    sheet.createRow(next++),
                    texts.warning(warning.check()),
                    List.of(warning.open(), warning.acknowledged(), warning.total()),
                    null);
        }
        sheet.setColumnWidth(0, 70 * 256);
        for (int i = 1; i <= 3; i++) {
            sheet.setColumnWidth(i, 18 * 256);
        }
    }

    private void details(TableExport.RowSource<ReportRow> rows) {
        SXSSFSheet sheet = workbook.createSheet(texts.text("report.sheet.details"));
        List<String> columns = List.of(
                "report.column.title",
                "report.column.partner",
                "report.column.category",
                "report.column.number",
                "report.column.signedOn",
                "report.column.endOn",
                "report.column.status",
                "report.column.monev",
                "report.column.warnings");
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            text(header, i, texts.text(columns.get(i)), bold);
            sheet.setColumnWidth(i, (i < 2 || i >= 7 ? 40 : 18) * 256);
        }
        sheet.createFreezePane(0, 1);
        int[] next = {1};
        rows.forEach(agreement -> {
            Row row = sheet.createRow(next[0]++);
            text(row, 0, agreement.title(), null);
            text(row, 1, agreement.partnerName(), null);
            text(row, 2, texts.category(agreement.category()), null);
            text(row, 3, agreement.bandungNumber(), null);
            date(row, 4, agreement.signedOn());
            date(row, 5, agreement.endOn());
            text(row, 6, texts.status(agreement.status()), null);
            text(row, 7, texts.monev(agreement), null);
            text(row, 8, texts.warnings(agreement), null);
        });
    }

    private void numbers(Row row, String label, List<Long> values, CellStyle style) {
        text(row, 0, label, style);
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i + 1);
            cell.setCellValue(values.get(i));
            cells.add(cell);
        }
        if (style != null) {
            cells.forEach(cell -> cell.setCellStyle(style));
        }
    }

    /** A text cell: a string, whatever it starts with (never a formula). */
    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value == null) {
            cell.setBlank();
        } else {
            cell.setCellValue(value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private void date(Row row, int column, LocalDate value) {
        Cell cell = row.createCell(column);
        if (value == null) {
            cell.setBlank();
        } else {
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
    }
}
