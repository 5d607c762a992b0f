package id.bandung.kerjasama.importing;

import static id.bandung.kerjasama.importing.ImportColumn.choice;
import static id.bandung.kerjasama.importing.ImportColumn.optional;
import static id.bandung.kerjasama.importing.ImportColumn.required;

import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.agreement.Obligation;
import id.bandung.kerjasama.importing.ImportColumn.Choices;
import id.bandung.kerjasama.importing.ImportColumn.Type;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.Province;
import id.bandung.kerjasama.software.AdoptionStatus;
import id.bandung.kerjasama.software.SoftwareCategory;
import java.util.List;
import java.util.Optional;

/** What an import file holds: one record type per file, each with its columns (the template's, in this order). */
public enum ImportKind {
    PARTNER(
            "mitra",
            List.of(
                    required("name", "Nama", Type.TEXT, "Kabupaten Bandung Barat"),
                    choice("kind", "Jenis", true, Choices.of(PartnerKind.class, "partner.kind."), "Kabupaten"),
                    optional("country", "Negara", Type.COUNTRY, "ID"),
                    optional("regionCode", "Kode wilayah", Type.REGION_CODE, "32.17"),
                    choice("province", "Provinsi", false, Choices.of(Province.class, null), "Jawa Barat"),
                    optional("bordersBandung", "Berbatasan dengan Kota Bandung", Type.YES_NO, "Ya"),
                    optional("latitude", "Lintang", Type.DECIMAL, "-6,8433"),
                    optional("longitude", "Bujur", Type.DECIMAL, "107,5034"),
                    optional("website", "Situs web", Type.TEXT, "https://bandungbaratkab.go.id"),
                    optional("contact", "Kontak", Type.MULTILINE, "Bagian Kerja Sama, (022) 6866 0000"),
                    optional("notes", "Catatan", Type.MULTILINE, ""))),
    AGREEMENT(
            "kerja-sama",
            List.of(
                    required("title", "Judul", Type.TEXT, "Pengelolaan sampah regional Legok Nangka"),
                    required("partner", "Mitra", Type.TEXT, "Kabupaten Bandung Barat"),
                    optional("partnerCountry", "Negara mitra", Type.COUNTRY, "ID"),
                    optional("partnerRegionCode", "Kode wilayah mitra", Type.REGION_CODE, "32.17"),
                    choice("category", "Kategori", true, Choices.of(Category.class, "category."), "KSDD"),
                    choice(
                            "obligation",
                            "Sifat",
                            false,
                            Choices.of(Obligation.class, "agreement.obligation."),
                            "Sukarela"),
                    choice(
                            "documentKind",
                            "Jenis naskah",
                            false,
                            Choices.of(DocumentKind.class, "agreement.kind."),
                            "Perjanjian kerja sama (PKS)"),
                    new ImportColumn(
                            "fields",
                            "Bidang kerja sama",
                            false,
                            Type.CHOICES,
                            Choices.of(CooperationField.class, "agreement.cooperation-field."),
                            "Lingkungan; Pemerintahan"),
                    optional("bandungNumber", "Nomor Pemkot Bandung", Type.TEXT, "119/PKS.45-Huk/2019"),
                    optional("partnerNumber", "Nomor mitra", Type.TEXT, "415.4/12/Pem/2019"),
                    optional("signed", "Sudah ditandatangani", Type.YES_NO, "Ya"),
                    optional("signedOn", "Ditandatangani", Type.DATE, "17/08/2019"),
                    optional("startOn", "Mulai berlaku", Type.DATE, "17/08/2019"),
                    optional("endOn", "Berakhir", Type.DATE, "16/08/2024"),
                    optional("terminatedOn", "Diakhiri lebih awal", Type.DATE, ""),
                    optional("terminationReason", "Alasan pengakhiran", Type.MULTILINE, ""),
                    optional("contactName", "Nama narahubung", Type.TEXT, "Dra. Siti Rahmawati"),
                    optional("contactEmail", "E-mail narahubung", Type.TEXT, "kerjasama@bandungbaratkab.go.id"),
                    optional("notes", "Catatan", Type.MULTILINE, ""))),
    SOFTWARE(
            "aplikasi",
            List.of(
                    required("name", "Nama", Type.TEXT, "Sistem Informasi Kinerja Pegawai"),
                    optional("acronym", "Singkatan", Type.TEXT, "SIKIP"),
                    choice(
                            "category",
                            "Kategori",
                            true,
                            Choices.of(SoftwareCategory.class, "software.category."),
                            "Kepegawaian"),
                    optional("ownerUnit", "OPD pemilik", Type.TEXT, "Badan Kepegawaian dan Pengembangan SDM"),
                    optional("kpkRecommended", "Direkomendasikan KPK", Type.YES_NO, "Tidak"),
                    optional("description", "Deskripsi", Type.MULTILINE, "Penilaian kinerja harian pegawai"))),
    ADOPTION(
            "adopsi",
            List.of(
                    required("software", "Aplikasi", Type.TEXT, "SIKIP"),
                    required("partner", "Mitra", Type.TEXT, "Kabupaten Bandung Barat"),
                    optional("partnerCountry", "Negara mitra", Type.COUNTRY, "ID"),
                    optional("partnerRegionCode", "Kode wilayah mitra", Type.REGION_CODE, "32.17"),
                    choice("status", "Status", true, Choices.of(AdoptionStatus.class, "adoption.status."), "Diadopsi"),
                    optional("since", "Sejak", Type.DATE, "02/01/2020"),
                    optional("agreement", "Nomor naskah kerja sama", Type.TEXT, "119/PKS.45-Huk/2019"),
                    optional("notes", "Catatan", Type.MULTILINE, "")));

    private final String fileStem;
    private final List<ImportColumn> columns;

    ImportKind(String fileStem, List<ImportColumn> columns) {
        this.fileStem = fileStem;
        this.columns = columns;
    }

    public List<ImportColumn> columns() {
        return columns;
    }

    public Optional<ImportColumn> column(String key) {
        return columns.stream().filter(column -> column.key().equals(key)).findFirst();
    }

    /** The template's file name, such as {@code templat-impor-mitra.xlsx}. */
    public String templateFileName() {
        return "templat-impor-" + fileStem + ".xlsx";
    }
}
