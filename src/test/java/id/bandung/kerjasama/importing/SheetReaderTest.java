package id.bandung.kerjasama.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.importing.SheetReader.Cell;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Reading import files as the section's spreadsheets hold them, and refusing hostile ones with a message key, never
 * an exception a user would see: formulas, a ZIP bomb, a hundred thousand rows, the wrong encoding, not a
 * spreadsheet at all.
 */
class SheetReaderTest {

    record Read(int number, List<Cell> cells) {}

    static List<Read> read(Path file) {
        List<Read> rows = new ArrayList<>();
        SheetReader.read(file, (number, cells) -> rows.add(new Read(number, cells)), (read, estimated) -> {});
        return rows;
    }

    static String refusal(Path file) {
        try {
            read(file);
        } catch (ImportFileException e) {
            return e.messageKey();
        }
        throw new AssertionError("The file was not refused");
    }

    @Test
    void xlsx_cells_are_read_with_their_types_dates_whatever_their_format_and_formulas_marked() throws Exception {
        Path file = ImportFiles.xlsx(List.of(
                List.of("Nama", "Tanggal", "Angka", "Rumus"),
                List.of("Kota Cimahi", LocalDate.of(2019, 8, 17), -6.8722, "=1+1"),
                List.of(),
                List.of("  Kab.  Bandung ", "17/08/2019", 32.1, "x")));

        List<Read> rows = read(file);

        assertThat(rows).extracting(Read::number).containsExactly(1, 2, 4);
        List<Cell> first = rows.get(1).cells();
        assertThat(first.get(0)).isEqualTo(new Cell("Kota Cimahi", Cell.Type.TEXT));
        assertThat(first.get(1)).isEqualTo(new Cell("2019-08-17", Cell.Type.DATE));
        assertThat(first.get(2)).isEqualTo(new Cell("-6.8722", Cell.Type.NUMBER));
        assertThat(first.get(3).type()).isEqualTo(Cell.Type.FORMULA);
        assertThat(CellValues.date(first.get(1))).isEqualTo(LocalDate.of(2019, 8, 17));
        assertThatThrownBy(() -> CellValues.text(first.get(3)))
                .isInstanceOf(CellValues.Refused.class)
                .extracting(e -> ((CellValues.Refused) e).messageKey)
                .isEqualTo("import.value.formula");
        List<Cell> second = rows.get(2).cells();
        assertThat(CellValues.text(second.get(0))).isEqualTo("Kab. Bandung");
        assertThat(CellValues.regionCode(second.get(2))).isEqualTo("32.10");
    }

    @Test
    void dates_numbers_and_yes_no_are_read_in_the_forms_indonesian_spreadsheets_hold() {
        for (String text : List.of(
                "17/08/2019",
                "17-08-2019",
                "17.08.2019",
                "2019-08-17",
                "17 Agustus 2019",
                "17 agt 2019",
                " 17/8/2019 ")) {
            assertThat(CellValues.date(new Cell(text, Cell.Type.TEXT))).as(text).isEqualTo(LocalDate.of(2019, 8, 17));
        }
        assertThat(refused(() -> CellValues.date(new Cell("31/02/2020", Cell.Type.TEXT))))
                .isEqualTo("import.value.date-impossible");
        assertThat(refused(() -> CellValues.date(new Cell("08/2019", Cell.Type.TEXT))))
                .isEqualTo("import.value.date");
        assertThat(refused(() -> CellValues.date(new Cell("43694", Cell.Type.NUMBER))))
                .isEqualTo("import.value.date-number");
        assertThat(CellValues.decimal(new Cell("-6,9175", Cell.Type.TEXT))).isEqualByComparingTo("-6.9175");
        assertThat(CellValues.decimal(new Cell("-6.9175", Cell.Type.TEXT))).isEqualByComparingTo("-6.9175");
        assertThat(CellValues.decimal(new Cell("1.234,5", Cell.Type.TEXT))).isEqualByComparingTo("1234.5");
        assertThat(CellValues.decimal(new Cell("1,234.5", Cell.Type.TEXT))).isEqualByComparingTo("1234.5");
        assertThat(CellValues.decimal(new Cell("107.5034", Cell.Type.NUMBER)))
                .isEqualByComparingTo(new BigDecimal("107.5034"));
        assertThat(refused(() -> CellValues.decimal(new Cell("enam", Cell.Type.TEXT))))
                .isEqualTo("import.value.number");
        assertThat(refused(() -> CellValues.decimal(new Cell("1,2,3", Cell.Type.TEXT))))
                .isEqualTo("import.value.number");
        assertThat(CellValues.yesNo(new Cell("Ya", Cell.Type.TEXT))).isTrue();
        assertThat(CellValues.yesNo(new Cell("TRUE", Cell.Type.BOOLEAN))).isTrue();
        assertThat(CellValues.yesNo(new Cell("tidak", Cell.Type.TEXT))).isFalse();
        assertThat(CellValues.yesNo(new Cell("", Cell.Type.TEXT))).isFalse();
        assertThat(CellValues.regionCode(new Cell("3277", Cell.Type.NUMBER))).isEqualTo("32.77");
        assertThat(CellValues.multiline(new Cell("  baris satu \r\n  baris dua  ", Cell.Type.TEXT)))
                .isEqualTo("baris satu\nbaris dua");
        assertThat(CellValues.text(new Cell("Kota\u00A0 Bandung\u200B", Cell.Type.TEXT)))
                .isEqualTo("Kota Bandung");
    }

    private static String refused(Runnable read) {
        try {
            read.run();
        } catch (CellValues.Refused e) {
            return e.messageKey;
        }
        throw new AssertionError("Not refused");
    }

    @Test
    void csv_files_are_read_in_utf8_with_or_without_a_mark_in_utf16_and_in_windows_1252_as_excel_saves_them()
            throws Exception {
        Path utf8 = ImportFiles.csv("Nama;Catatan", "Café Kopi;\"baris; dengan titik koma\"");
        assertThat(SheetReader.read(utf8, (n, c) -> {}, (r, e) -> {})).isEqualTo(SheetReader.Format.CSV_UTF8);
        assertThat(read(utf8).get(1).cells())
                .extracting(Cell::text)
                .containsExactly("Café Kopi", "baris; dengan titik koma");

        Path bom = Files.createTempFile("bom-", ".csv");
        Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Nama\nCafé\n"));
        assertThat(read(bom).get(0).cells().get(0).text()).isEqualTo("Nama");
        assertThat(read(bom).get(1).cells().get(0).text()).isEqualTo("Café");

        Path utf16 = Files.createTempFile("utf16-", ".csv");
        Files.write(
                utf16,
                concat(
                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                        "Nama\tJenis\r\nKota Cimahi\tKota\r\n",
                        StandardCharsets.UTF_16LE));
        assertThat(read(utf16).get(1).cells()).extracting(Cell::text).containsExactly("Kota Cimahi", "Kota");

        Path ansi = ImportFiles.csv(Charset.forName("windows-1252"), "Nama,Catatan", "Café Kopi,Crème brûlée");
        List<Read> rows = new ArrayList<>();
        assertThat(SheetReader.read(ansi, (n, c) -> rows.add(new Read(n, c)), (r, e) -> {}))
                .isEqualTo(SheetReader.Format.CSV_WINDOWS_1252);
        assertThat(rows.get(1).cells()).extracting(Cell::text).containsExactly("Café Kopi", "Crème brûlée");

        Path formula = ImportFiles.csv("Nama", "=cmd|' /C calc'!A0", "  =1+1", "-6,9", "+62 22 1234");
        assertThat(read(formula))
                .extracting(row -> row.cells().get(0).type())
                .containsExactly(Cell.Type.TEXT, Cell.Type.FORMULA, Cell.Type.FORMULA, Cell.Type.TEXT, Cell.Type.TEXT);
    }

    private static byte[] concat(byte[] mark, String text) {
        return concat(mark, text, StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] mark, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }

    @Test
    void a_hundred_thousand_rows_are_refused_after_reading_the_first_twenty_thousand_and_one() throws Exception {
        Path file = Files.createTempFile("rows-", ".csv");
        file.toFile().deleteOnExit();
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("Nama,Jenis\n");
            for (int i = 0; i < 100_000; i++) {
                out.write("Lembaga " + i + ",Lainnya\n");
            }
        }
        List<Integer> seen = new ArrayList<>();
        long started = System.nanoTime();
        assertThatThrownBy(() -> SheetReader.read(file, (number, cells) -> seen.add(number), (r, e) -> {}))
                .isInstanceOf(ImportFileException.class)
                .satisfies(e -> {
                    assertThat(((ImportFileException) e).messageKey()).isEqualTo("import.file.too-many-rows");
                    assertThat(((ImportFileException) e).arguments()).containsExactly(SheetReader.MAX_ROWS);
                });
        assertThat(seen).hasSize(SheetReader.MAX_ROWS + 1); // the header and twenty thousand rows
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void a_zip_bomb_disguised_as_xlsx_is_refused_before_it_fills_memory() throws Exception {
        Path bomb = Files.createTempFile("bomb-", ".xlsx");
        bomb.toFile().deleteOnExit();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            OutputStreamWriter sheet = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                    + "<c r=\"A1\" t=\"inlineStr\"><is><t>");
            char[] spaces = new char[1024 * 1024];
            java.util.Arrays.fill(spaces, ' ');
            for (int i = 0; i < 300; i++) { // 300 MB of spaces, about 300 KB packed
                sheet.write(spaces);
            }
            sheet.write("</t></is></c></row></sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(2 * 1024 * 1024);

        Runtime runtime = Runtime.getRuntime();
        long before = runtime.totalMemory() - runtime.freeMemory();
        assertThat(refusal(bomb)).isEqualTo("import.file.zip-bomb");
        long after = runtime.totalMemory() - runtime.freeMemory();
        assertThat(after - before).isLessThan(200L * 1024 * 1024);
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void files_that_are_not_spreadsheets_we_read_are_refused_with_advice() throws Exception {
        Path pdf = Files.createTempFile("not-", ".csv");
        Files.write(pdf, concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "\u0000\u0001\u0002binary"));
        assertThat(refusal(pdf)).isEqualTo("import.file.not-spreadsheet");

        Path xls = Files.createTempFile("old-", ".xls");
        Files.write(xls, new byte[] {
            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
        });
        assertThat(refusal(xls)).isEqualTo("import.file.old-excel");

        Path brokenZip = Files.createTempFile("broken-", ".xlsx");
        Files.write(brokenZip, new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5});
        assertThat(refusal(brokenZip)).isEqualTo("import.file.unreadable");

        Path empty = Files.createTempFile("empty-", ".csv");
        assertThat(refusal(empty)).isEqualTo("import.file.empty");

        Path unclosed = ImportFiles.csv("Nama,Catatan", "Kota,\"tidak ditutup", "Kota lain,x");
        assertThat(refusal(unclosed)).isEqualTo("import.file.csv-broken");

        try (OutputStream out = Files.newOutputStream(empty)) {
            out.write("Nama".repeat(10).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(read(empty)).hasSize(1);
    }
}
