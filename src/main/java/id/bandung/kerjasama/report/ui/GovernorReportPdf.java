package id.bandung.kerjasama.report.ui;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import id.bandung.kerjasama.base.ui.export.TableExport;
import id.bandung.kerjasama.report.CategoryFigures;
import id.bandung.kerjasama.report.GovernorReport;
import id.bandung.kerjasama.report.ReportRow;
import id.bandung.kerjasama.report.WarningCount;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The governor's report as an A4 PDF in Indonesian (OpenPDF): the city's letterhead (text only), the title, the
 * period, the tables, the agreements, and "Halaman x dari y" on every page. Stored texts are set as plain text, so
 * markup or a formula in a title is printed as typed. The font is the Liberation Sans that OpenPDF carries, embedded
 * (Latin, Greek and Cyrillic; a character it lacks, such as an emoji, prints as nothing). The detail table is handed
 * to OpenPDF a batch of rows at a time, so the pages are written out as they fill and a long list keeps memory flat.
 */
public final class GovernorReportPdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final int ROWS_PER_BATCH = 200;
    private static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF6);
    private static final Color TOTAL_FILL = new Color(0xF3, 0xF3, 0xF3);
    /** Stands for the page count in the footer's text, which is known only at the end. */
    private static final String TOTAL_MARK = "\uE000";

    private final ReportTexts texts;
    private final BaseFont base;
    private final Font small;
    private final Font smallBold;
    private final Font body;
    private final Font bodyBold;

    private GovernorReportPdf(ReportTexts texts) throws IOException {
        this.texts = texts;
        try {
            base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (DocumentException e) {
            throw new IOException("The report's font cannot be read", e);
        }
        small = new Font(base, 7);
        smallBold = new Font(base, 7, Font.BOLD);
        body = new Font(base, 9);
        bodyBold = new Font(base, 9, Font.BOLD);
    }

    /** Writes the report, its detail rows as {@code rows} delivers them, to {@code out}. */
    public static void write(
            GovernorReport report,
            TableExport.RowSource<ReportRow> rows,
            ReportTexts texts,
            LocalDate printedOn,
            OutputStream out)
            throws IOException {
        new GovernorReportPdf(texts).render(report, rows, printedOn, out);
    }

    private void render(
            GovernorReport report, TableExport.RowSource<ReportRow> rows, LocalDate printedOn, OutputStream out)
            throws IOException {
        Document document = new Document(PageSize.A4, 42, 42, 42, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(texts.text("report.footer", texts.period(report.period()))));
            document.addTitle(texts.text("report.document.title") + " — " + texts.period(report.period()));
            document.addCreator(texts.text("report.header.city"));
            document.open();
            letterhead(document, report, printedOn);
            section(document, "report.section.summary");
            document.add(categoryTable(report, CategoryTable.SUMMARY));
            section(document, "report.section.monev");
            document.add(categoryTable(report, CategoryTable.MONEV));
            section(document, "report.section.compliance");
            document.add(complianceTable(report));
            Paragraph note = new Paragraph(texts.text("report.note", texts.longDate(report.asOf())), small);
            note.setSpacingBefore(8);
            document.add(note);
            document.newPage();
            section(document, "report.section.details");
            details(document, rows);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("The report could not be laid out", e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void letterhead(Document document, GovernorReport report, LocalDate printedOn) throws DocumentException {
        document.add(centered(texts.text("report.header.city"), new Font(base, 15, Font.BOLD), 0));
        document.add(centered(texts.text("report.header.office"), new Font(base, 12, Font.BOLD), 2));
        document.add(centered(texts.text("report.header.address"), body, 2));
        Paragraph rule = new Paragraph(new Chunk(new LineSeparator(1.6f, 100, Color.BLACK, Element.ALIGN_CENTER, -4)));
        rule.setSpacingAfter(10);
        document.add(rule);
        document.add(centered(texts.text("report.document.title"), new Font(base, 13, Font.BOLD), 10));
        document.add(centered(texts.period(report.period()), new Font(base, 12), 4));
        document.add(centered(
                texts.text("report.as-of", texts.longDate(report.asOf())) + " · "
                        + texts.text("report.printed", texts.longDate(printedOn)),
                body,
                4));
    }

    private static Paragraph centered(String text, Font font, float before) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(before);
        return paragraph;
    }

    private void section(Document document, String key) throws DocumentException {
        Paragraph title = new Paragraph(texts.text(key), new Font(base, 11, Font.BOLD));
        title.setSpacingBefore(14);
        title.setSpacingAfter(6);
        document.add(title);
    }

    private PdfPTable categoryTable(GovernorReport report, CategoryTable which) {
        List<String> columns = which.columns;
        Function<CategoryFigures, List<Long>> values = which.values;
        float[] widths = new float[columns.size() + 1];
        widths[0] = 3.2f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1;
        }
        PdfPTable table = table(widths);
        table.addCell(cell(texts.text("report.column.category"), smallBold, Element.ALIGN_LEFT, HEADER_FILL));
        columns.forEach(column -> table.addCell(cell(texts.text(column), smallBold, Element.ALIGN_RIGHT, HEADER_FILL)));
        for (CategoryFigures figures : report.categories()) {
            numberRow(table, texts.category(figures.key()), values.apply(figures), body, null);
        }
        numberRow(table, texts.text("report.total"), values.apply(report.total()), bodyBold, TOTAL_FILL);
        return table;
    }

    private PdfPTable complianceTable(GovernorReport report) {
        PdfPTable table = table(new float[] {4.6f, 1, 1, 1});
        table.addCell(cell(texts.text("report.column.warning"), smallBold, Element.ALIGN_LEFT, HEADER_FILL));
        for (String column : List.of("report.column.open", "report.column.acknowledged", "report.total")) {
            table.addCell(cell(texts.text(column), smallBold, Element.ALIGN_RIGHT, HEADER_FILL));
        }
        for (WarningCount warning : report.warnings()) {
            numberRow(
                    table,
                    texts.warning(warning.check()),
                    List.of(warning.open(), warning.acknowledged(), warning.total()),
                    body,
                    null);
        }
        return table;
    }

    private void details(Document document, TableExport.RowSource<ReportRow> rows) throws DocumentException {
        PdfPTable table = table(new float[] {0.9f, 3.2f, 2.2f, 1.4f, 1.7f, 1.4f, 1.3f, 2.2f, 2.4f});
        table.setHeaderRows(1);
        table.setComplete(false);
        for (String column : List.of(
                "report.column.number-short",
                "report.column.title",
                "report.column.partner",
                "report.column.category",
                "report.column.number",
                "report.column.signedOn",
                "report.column.status",
                "report.column.monev",
                "report.column.warnings")) {
            table.addCell(cell(texts.text(column), smallBold, Element.ALIGN_LEFT, HEADER_FILL));
        }
        int[] count = {0};
        rows.forEach(row -> {
            count[0]++;
            table.addCell(cell(texts.number(count[0]), small, Element.ALIGN_RIGHT, null));
            table.addCell(cell(row.title(), small, Element.ALIGN_LEFT, null));
            table.addCell(cell(row.partnerName(), small, Element.ALIGN_LEFT, null));
            table.addCell(cell(texts.categoryCode(row.category()), small, Element.ALIGN_LEFT, null));
            table.addCell(cell(row.bandungNumber(), small, Element.ALIGN_LEFT, null));
            table.addCell(cell(texts.date(row.signedOn()), small, Element.ALIGN_LEFT, null));
            table.addCell(cell(texts.status(row.status()), small, Element.ALIGN_LEFT, null));
            table.addCell(cell(texts.monev(row), small, Element.ALIGN_LEFT, null));
            table.addCell(cell(texts.warnings(row), small, Element.ALIGN_LEFT, null));
            if (count[0] % ROWS_PER_BATCH == 0) {
                try {
                    document.add(table); // lays out the rows so far and lets them go
                } catch (DocumentException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        if (count[0] == 0) {
            table.addCell(emptyRow(9));
        }
        table.setComplete(true);
        document.add(table);
    }

    private PdfPCell emptyRow(int columns) {
        PdfPCell cell = cell(texts.text("report.empty"), small, Element.ALIGN_LEFT, null);
        cell.setColspan(columns);
        return cell;
    }

    private void numberRow(PdfPTable table, String label, List<Long> values, Font font, Color fill) {
        table.addCell(cell(label, font, Element.ALIGN_LEFT, fill));
        values.forEach(value -> table.addCell(cell(texts.number(value), font, Element.ALIGN_RIGHT, fill)));
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    /** A cell holding {@code text} as plain text (null is empty). */
    private static PdfPCell cell(String text, Font font, int alignment, Color fill) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        cell.setBorderColor(Color.GRAY);
        cell.setBorderWidth(0.5f);
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        return cell;
    }

    /** The footer: the report's name on the left, "Halaman x dari y" on the right, y filled in at the end. */
    private final class Footer extends PdfPageEventHelper {

        private static final float SIZE = 7.5f;
        /** Room for the page count, up to four digits. */
        private static final float TOTAL_WIDTH = 24;

        private final String name;
        private PdfTemplate total;

        Footer(String name) {
            this.name = name;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float y = document.bottom() - 22;
            ColumnText.showTextAligned(
                    canvas, Element.ALIGN_LEFT, new Phrase(name, new Font(base, SIZE)), document.left(), y, 0);
            String page = texts.text("report.page", String.valueOf(writer.getPageNumber()), TOTAL_MARK);
            String before = page.substring(0, page.indexOf(TOTAL_MARK));
            String after = page.substring(page.indexOf(TOTAL_MARK) + TOTAL_MARK.length());
            float afterWidth = base.getWidthPoint(after, SIZE);
            float x = document.right() - afterWidth - total.getWidth();
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(before, new Font(base, SIZE)), x, y, 0);
            canvas.addTemplate(total, x + base.getWidthPoint(" ", SIZE), y); // the right-aligned text loses its space
            ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_LEFT,
                    new Phrase(after, new Font(base, SIZE)),
                    document.right() - afterWidth,
                    y,
                    0);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            String pages = String.valueOf(writer.getPageNumber() - 1);
            total.beginText();
            total.setFontAndSize(base, SIZE);
            total.setTextMatrix(0, 0);
            total.showText(pages);
            total.endText();
        }
    }
}
