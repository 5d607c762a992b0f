package id.bandung.kerjasama.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An agreements file as the section would upload it, of any number of rows: the template's headers, partners of the
 * register named as the file names them (name and country), dates as text in Indonesian forms and as Excel date
 * cells, several fields, a number of the city's own, notes. Written by POI's streaming writer.
 */
final class ImportBenchFile {

    private static final DateTimeFormatter SLASHES = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DASHES = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private ImportBenchFile() {}

    /** @param partners name and country of partners the register holds, used in turn */
    static Path agreements(int rows, List<String[]> partners, String numberPrefix) throws IOException {
        Path file = Files.createTempFile("bench-import-", ".xlsx");
        file.toFile().deleteOnExit();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("d mmmm yyyy"));
            Sheet sheet = workbook.createSheet("Data");
            String[] headers = {
                "Judul *",
                "Mitra *",
                "Negara mitra",
                "Kategori *",
                "Sifat",
                "Jenis naskah",
                "Bidang kerja sama",
                "Nomor Pemkot Bandung",
                "Nomor mitra",
                "Ditandatangani",
                "Mulai berlaku",
                "Berakhir",
                "Nama narahubung",
                "E-mail narahubung",
                "Catatan"
            };
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            LocalDate first = LocalDate.of(2010, 1, 1);
            for (int r = 1; r <= rows; r++) {
                String[] partner = partners.get(r % partners.size());
                LocalDate signed = first.plusDays((r * 37L) % 5_000);
                boolean regional = "ID".equals(partner[1]);
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Kerja sama impor bench " + r + " bidang pelayanan publik");
                row.createCell(1).setCellValue(partner[0]);
                row.createCell(2).setCellValue(partner[1]);
                row.createCell(3).setCellValue(regional ? "Kerja sama antardaerah" : "Sister city");
                row.createCell(4).setCellValue(regional ? (r % 3 == 0 ? "Wajib" : "Sukarela") : "");
                row.createCell(5).setCellValue(r % 2 == 0 ? "PKS" : "Kesepakatan bersama (MoU)");
                row.createCell(6).setCellValue(r % 4 == 0 ? "Pemerintahan; Pendidikan" : "Ekonomi");
                row.createCell(7).setCellValue(numberPrefix + r + "/PKS/" + signed.getYear());
                row.createCell(8).setCellValue("415.4/" + r + "/Pem");
                if (r % 3 == 0) {
                    var cell = row.createCell(9);
                    cell.setCellValue(signed);
                    cell.setCellStyle(date);
                } else {
                    row.createCell(9).setCellValue(signed.format(r % 3 == 1 ? SLASHES : DASHES));
                }
                row.createCell(10).setCellValue(signed.toString());
                row.createCell(11).setCellValue(signed.plusYears(5).minusDays(1).format(SLASHES));
                row.createCell(12).setCellValue("Narahubung " + r);
                row.createCell(13).setCellValue("narahubung" + r + "@contoh.go.id");
                row.createCell(14).setCellValue("Diimpor dari rekap bagian kerja sama, baris " + r);
            }
            workbook.write(out);
            workbook.dispose();
        }
        return file;
    }
}
