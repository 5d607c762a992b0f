package id.bandung.kerjasama.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.bandung.kerjasama.base.ui.TranslationProvider;
import id.bandung.kerjasama.report.GovernorReport;
import id.bandung.kerjasama.report.GovernorReportQueries;
import id.bandung.kerjasama.report.ReportFixtures;
import id.bandung.kerjasama.report.ReportPeriod;
import id.bandung.kerjasama.report.ReportPeriod.Part;
import id.bandung.kerjasama.report.ReportRow;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.SignIn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The files as the governor receives them, read back: the XLSX with Apache POI, the PDF with OpenPDF's text
 * extractor. Both are in Indonesian whatever the UI's language, and stored texts that look like markup or a formula
 * come out exactly as typed.
 */
@IntegrationTest
class GovernorReportFilesTest {

    private static final ReportPeriod FIRST_HALF = ReportPeriod.of(2003, Part.FIRST_HALF);
    private static final LocalDate PRINTED = LocalDate.of(2026, 11, 30);
    private static final String SCRIPT = "<script>alert(1)</script> Kerja sama";
    private static final String FORMULA = "=1+1";
    private static final String LINK = "=HYPERLINK(\"http://contoh.test\",\"klik\")";

    @Autowired
    GovernorReportQueries queries;

    @Autowired
    ReportFixtures fixtures;

    @Autowired
    TranslationProvider translations;

    @Test
    void the_workbook_holds_the_four_indonesian_sheets_with_numbers_as_numbers_and_stored_texts_as_text()
            throws IOException {
        hostileData();
        byte[] file = xlsx();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(List.of(
                            workbook.getSheetName(0),
                            workbook.getSheetName(1),
                            workbook.getSheetName(2),
                            workbook.getSheetName(3)))
                    .containsExactly("Ringkasan", "Monev", "Kepatuhan", "Rincian");
            Sheet summary = workbook.getSheet("Ringkasan");
            assertThat(texts(summary, 0, 7))
                    .containsExactly(
                            "PEMERINTAH KOTA BANDUNG",
                            "SEKRETARIAT DAERAH — BAGIAN KERJA SAMA",
                            "Jl. Wastukancana No. 2, Bandung 40117",
                            "Laporan Pelaksanaan Kerja Sama Daerah kepada Gubernur Jawa Barat",
                            "Semester I Tahun 2003",
                            "Keadaan pada 30 Juni 2003",
                            "Dicetak pada 30 November 2026");
            Row header = summary.getRow(8);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Kategori");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Berlaku");
            Row wajib = summary.getRow(9);
            assertThat(wajib.getCell(0).getStringCellValue()).isEqualTo("KSDD — Kerja sama antardaerah (wajib)");
            assertThat(wajib.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(wajib.getCell(1).getNumericCellValue()).isEqualTo(1);
            Row total = summary.getRow(14);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Jumlah");
            // in force on 30 June 2003: the two regional agreements, the 1999 sister city and the two hostile ones
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(5);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(3);

            Sheet details = workbook.getSheet("Rincian");
            assertThat(details.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Judul");
            List<String> titles = new ArrayList<>();
            for (int i = 1; i <= details.getLastRowNum(); i++) {
                Row row = details.getRow(i);
                for (int column : new int[] {0, 1}) {
                    assertThat(row.getCell(column).getCellType()).isEqualTo(CellType.STRING);
                }
                titles.add(row.getCell(0).getStringCellValue());
                if (row.getCell(0).getStringCellValue().equals(FORMULA)) {
                    assertThat(row.getCell(1).getStringCellValue()).isEqualTo(LINK);
                    assertThat(new DataFormatter().formatCellValue(row.getCell(4)))
                            .isEqualTo("01/02/2003");
                }
            }
            assertThat(titles)
                    .contains(SCRIPT, FORMULA, "Pengelolaan sampah bersama")
                    .hasSize(6);
        }
    }

    @Test
    void the_pdf_has_the_city_letterhead_the_period_the_figures_and_page_numbers_and_prints_stored_texts_literally()
            throws IOException {
        hostileData();
        PdfReader reader = new PdfReader(pdf());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            String first = extractor.getTextFromPage(1);
            assertThat(first)
                    .contains("PEMERINTAH KOTA BANDUNG")
                    .contains("SEKRETARIAT DAERAH — BAGIAN KERJA SAMA")
                    .contains("Jl. Wastukancana No. 2, Bandung 40117")
                    .contains("Laporan Pelaksanaan Kerja Sama Daerah kepada Gubernur Jawa Barat")
                    .contains("Semester I Tahun 2003")
                    .contains("Dicetak pada 30 November 2026")
                    .contains("KSDD — Kerja sama antardaerah (wajib)")
                    .contains("Jumlah 5 3 0 0 1")
                    .contains("Halaman 1 dari");
            assertThat(reader.getNumberOfPages()).isEqualTo(2);
            // the table wraps long texts over lines: compared without white space
            String second = withoutSpace(extractor.getTextFromPage(2));
            assertThat(second)
                    .contains(withoutSpace("Rincian naskah kerja sama"))
                    .contains(withoutSpace(SCRIPT))
                    .contains(withoutSpace(FORMULA + " " + LINK))
                    .contains("Halaman2dari2");
            assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595);
        } finally {
            reader.close();
        }
    }

    /** The 2003 data and a sister city signed in February 2003 whose title and partner look like code. */
    private void hostileData() {
        fixtures.year2003();
        fixtures.agreement(
                ReportFixtures.KSDPL, FORMULA, LINK, LocalDate.of(2003, 2, 1), null, LocalDate.of(2006, 2, 1));
        fixtures.agreement(ReportFixtures.KSDLL, SCRIPT, LocalDate.of(2003, 3, 1), null, null);
    }

    private byte[] xlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GovernorReportXlsx.write(report(), sink -> rows(sink), ReportTexts.indonesian(translations), PRINTED, out);
        return out.toByteArray();
    }

    private byte[] pdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GovernorReportPdf.write(report(), sink -> rows(sink), ReportTexts.indonesian(translations), PRINTED, out);
        return out.toByteArray();
    }

    private GovernorReport report() {
        return SignIn.as(Roles.VIEWER, () -> queries.report(FIRST_HALF));
    }

    private void rows(Consumer<ReportRow> sink) {
        SignIn.as(Roles.VIEWER, () -> queries.rows(FIRST_HALF, sink));
    }

    private static String withoutSpace(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static List<String> texts(Sheet sheet, int first, int count) {
        List<String> texts = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            texts.add(sheet.getRow(i).getCell(0).getStringCellValue());
        }
        return texts;
    }
}
