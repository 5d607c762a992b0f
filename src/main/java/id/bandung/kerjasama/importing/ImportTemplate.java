package id.bandung.kerjasama.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The template of a record type, always in Indonesian: a sheet "Data" with the headers (required ones marked with an
 * asterisk), one example row and every column formatted as text (so that 32.10 stays a code and 017 keeps its
 * zero), a drop-down of the allowed values in each choice column, and a sheet "Pilihan" listing those values and how
 * dates, numbers and yes/no are written.
 */
final class ImportTemplate {

    static final String DATA_SHEET = "Data";
    static final String CHOICES_SHEET = "Pilihan";
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final int VALIDATED_ROWS = SheetReader.MAX_ROWS + 1;

    private ImportTemplate() {}

    static void write(ImportKind kind, ImportLookups lookups, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(text);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);

            Sheet data = workbook.createSheet(DATA_SHEET);
            Sheet choices = workbook.createSheet(CHOICES_SHEET);
            Row headers = data.createRow(0);
            Row example = data.createRow(1);
            List<ImportColumn> columns = kind.columns();
            for (int i = 0; i < columns.size(); i++) {
                ImportColumn column = columns.get(i);
                Cell cell = headers.createCell(i);
                cell.setCellValue(column.header() + (column.required() ? " *" : ""));
                cell.setCellStyle(header);
                Cell value = example.createCell(i);
                value.setCellValue(column.example());
                value.setCellStyle(text);
                data.setDefaultColumnStyle(i, text);
                data.setColumnWidth(i, Math.min(60, Math.max(14, column.header().length() + 4)) * 256);
            }
            data.createFreezePane(0, 1);

            int row = guide(choices, bold, kind);
            DataValidationHelper validations = data.getDataValidationHelper();
            for (int i = 0; i < columns.size(); i++) {
                ImportColumn column = columns.get(i);
                if (column.choices() == null) {
                    continue;
                }
                List<String> labels = new ArrayList<>();
                for (String value : column.choices().values()) {
                    labels.add(lookups.label(column, value, INDONESIAN));
                }
                Row title = choices.createRow(row++);
                Cell name = title.createCell(0);
                name.setCellValue(column.header()
                        + (column.type() == ImportColumn.Type.CHOICES
                                ? " (boleh lebih dari satu, pisahkan dengan ;)"
                                : ""));
                name.getCellStyle();
                title.getCell(0).setCellStyle(boldStyle(workbook, bold));
                int first = row;
                for (String label : labels) {
                    choices.createRow(row++).createCell(0).setCellValue(label);
                }
                int last = row - 1;
                row++;
                if (column.type() == ImportColumn.Type.CHOICE) {
                    DataValidationConstraint list = validations.createFormulaListConstraint(
                            "'" + CHOICES_SHEET + "'!$A$" + (first + 1) + ":$A$" + (last + 1));
                    DataValidation validation =
                            validations.createValidation(list, new CellRangeAddressList(1, VALIDATED_ROWS, i, i));
                    validation.setShowErrorBox(false);
                    data.addValidationData(validation);
                }
            }
            choices.setColumnWidth(0, 70 * 256);
            workbook.write(out);
        }
    }

    private static CellStyle boldStyle(XSSFWorkbook workbook, Font bold) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        return style;
    }

    /** How values are written, at the top of the choices sheet; returns the next free row. */
    private static int guide(Sheet sheet, Font bold, ImportKind kind) {
        String[] lines = {
            "Petunjuk pengisian",
            "Isi satu baris per catatan di lembar \"Data\"; baris 2 adalah contoh dan boleh ditimpa. Kolom bertanda * "
                    + "wajib diisi.",
            "Tanggal: 17/08/2019, 17-08-2019, 2019-08-17, 17 Agustus 2019, atau sel tanggal Excel.",
            "Angka desimal memakai koma atau titik: -6,9175 atau -6.9175.",
            "Ya/Tidak: Ya atau Tidak (juga Y/T). Negara: kode dua huruf (ID, JP, KR) atau nama negara; kosong "
                    + "berarti Indonesia.",
            "Kode wilayah: kode Kemendagri, misalnya 32.73 untuk Kota Bandung dan 32.17 untuk Kabupaten Bandung Barat.",
            "Rumus tidak diterima: tempel sebagai nilai (Paste Special > Values).",
            "Paling banyak " + String.format(INDONESIAN, "%,d", SheetReader.MAX_ROWS) + " baris per berkas.",
            ""
        };
        int row = 0;
        for (String line : lines) {
            Cell cell = sheet.createRow(row++).createCell(0);
            cell.setCellValue(line);
            if (row == 1) {
                CellStyle style = sheet.getWorkbook().createCellStyle();
                style.setFont(bold);
                cell.setCellStyle(style);
            }
        }
        if (kind == ImportKind.AGREEMENT || kind == ImportKind.ADOPTION) {
            sheet.createRow(row++)
                    .createCell(0)
                    .setCellValue("Mitra harus sudah ada di register (impor mitra lebih dulu); dikenali dari kode "
                            + "wilayah, atau dari nama dan negara.");
            row++;
        }
        return row;
    }
}
