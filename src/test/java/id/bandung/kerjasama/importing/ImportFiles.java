package id.bandung.kerjasama.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Import files for tests, written as a spreadsheet program would write them. */
final class ImportFiles {

    private ImportFiles() {}

    /** A CSV file in UTF-8, lines as given. */
    static Path csv(String... lines) throws IOException {
        return csv(StandardCharsets.UTF_8, lines);
    }

    static Path csv(Charset charset, String... lines) throws IOException {
        Path file = Files.createTempFile("import-test-", ".csv");
        Files.write(file, (String.join("\r\n", lines) + "\r\n").getBytes(charset));
        file.toFile().deleteOnExit();
        return file;
    }

    /**
     * An XLSX file of the given rows: a {@link LocalDate} becomes a date cell, a {@link Number} a number cell, a
     * string starting with "=" a formula, anything else text.
     */
    static Path xlsx(List<List<Object>> rows) throws IOException {
        Path file = Files.createTempFile("import-test-", ".xlsx");
        file.toFile().deleteOnExit();
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Data");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("d mmm yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    var cell = row.createCell(c);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof String text && text.startsWith("=")) {
                        cell.setCellFormula(text.substring(1));
                    } else if (value != null) {
                        cell.setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
