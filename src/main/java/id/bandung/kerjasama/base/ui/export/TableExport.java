package id.bandung.kerjasama.base.ui.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes rows to CSV or XLSX as they arrive, so that an export of 100,000 rows never holds them all: CSV goes
 * straight to the stream, XLSX keeps a window of rows in memory (Apache POI's streaming workbook).
 */
public final class TableExport {

    /** Rows of an XLSX kept in memory; older rows go to a temporary file. */
    private static final int XLSX_WINDOW = 200;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TableExport() {}

    /** The rows, delivered one by one to the consumer it is given. */
    @FunctionalInterface
    public interface RowSource<T> {
        void forEach(Consumer<T> sink);
    }

    /**
     * UTF-8 with a byte-order mark so that Excel reads it as such. Indonesian Excel expects ';' between fields
     * (',' is its decimal separator), English Excel ','. Text that starts like a formula is quoted with an
     * apostrophe so that a spreadsheet shows it instead of running it.
     */
    public static <T> void csv(
            List<ExportColumn<T>> columns,
            Function<String, String> headers,
            Locale locale,
            RowSource<T> rows,
            OutputStream out)
            throws IOException {
        out.write(UTF8_BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        char delimiter = "id".equals(locale.getLanguage()) ? ';' : ',';
        CSVPrinter printer = new CSVPrinter(
                writer, CSVFormat.EXCEL.builder().setDelimiter(delimiter).get());
        printer.printRecord(columns.stream()
                .map(column -> headers.apply(column.headerKey()))
                .toList());
        rows.forEach(row -> {
            try {
                printer.printRecord(columns.stream()
                        .map(column -> csvValue(column.value().apply(row)))
                        .toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    /** An XLSX workbook with a bold, frozen header row; dates are real dates, numbers real numbers. */
    public static <T> void xlsx(
            List<ExportColumn<T>> columns,
            Function<String, String> headers,
            String sheetName,
            RowSource<T> rows,
            OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW);
        try {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));

            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.apply(columns.get(i).headerKey()));
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(i, 22 * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] rowIndex = {1};
            rows.forEach(row -> {
                Row sheetRow = sheet.createRow(rowIndex[0]++);
                for (int i = 0; i < columns.size(); i++) {
                    setCell(sheetRow.createCell(i), columns.get(i).value().apply(row), dateStyle);
                }
            });
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static void setCell(Cell cell, Object value, CellStyle dateStyle) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    static Object csvValue(Object value) {
        if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }
}
