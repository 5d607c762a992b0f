package id.bandung.kerjasama.seed;

import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.software.SoftwareCategory;
import java.util.List;

/**
 * The facts of the city's briefing at Bandung Menjawab, 5 September 2017 (docs/DESIGN.md section 2), with the names
 * the press report misspelled corrected. Nothing the report does not say is added: no dates, no document numbers.
 */
final class BriefingFacts {

    static final String SOURCE = "Sumber: Bandung Menjawab, Balai Kota Bandung, 5 September 2017.";
    static final String UNDATED = "Tanggal dan nomor naskah belum dicatat: laporan tidak menyebutkannya.";

    /** The 13 sister cities as of August 2017, with the report's spelling where it differs. */
    static final List<SisterCity> SISTER_CITIES = List.of(
            new SisterCity("Braunschweig", "DE", "Braunscweigh"),
            new SisterCity("Fort Worth", "US", "Forthworth"),
            new SisterCity("Suwon", "KR", null),
            new SisterCity("Yingkou", "CN", null),
            new SisterCity("Liuzhou", "CN", null),
            new SisterCity("Petaling Jaya", "MY", null),
            new SisterCity("Shenzhen", "CN", "Shenzen"),
            new SisterCity("Hamamatsu", "JP", null),
            new SisterCity("Seoul", "KR", null),
            new SisterCity("Namur", "BE", "Nammur"),
            new SisterCity("Toyota", "JP", "Toyota City"),
            new SisterCity("Cotabato", "PH", null),
            new SisterCity("Cuenca", "EC", null));

    /** Technical cooperation (KSDLL): partners and the programmes agreed with each. */
    static final List<TechnicalPartner> TECHNICAL_PARTNERS = List.of(
            new TechnicalPartner(
                    "Japan Smart Community Alliance (JSCA)",
                    "JP",
                    PartnerKind.FOREIGN_INSTITUTION,
                    null,
                    List.of("Kerja sama teknis dengan Japan Smart Community Alliance (JSCA)")),
            new TechnicalPartner(
                    "Kawasaki",
                    "JP",
                    PartnerKind.OTHER,
                    "Laporan tidak menyebutkan apakah yang dimaksud Kota Kawasaki atau perusahaan Kawasaki; "
                            + "jenis mitra perlu dikonfirmasi.",
                    List.of("Kerja sama teknis dengan Kawasaki")),
            new TechnicalPartner(
                    "Asian Development Bank (ADB)",
                    "PH",
                    PartnerKind.FOREIGN_INSTITUTION,
                    "Lembaga internasional yang berkedudukan di Filipina (Manila).",
                    List.of("Program ADB TRAMPIL", "Program ADB SIGAP")));

    /** The regions bordering Bandung, with which cooperation is mandatory (KSDD, WAJIB). */
    static final List<BorderingRegion> BORDERING_REGIONS = List.of(
            new BorderingRegion("Kota Cimahi", PartnerKind.CITY, "32.77"),
            new BorderingRegion("Kabupaten Bandung", PartnerKind.REGENCY, "32.04"),
            new BorderingRegion("Kabupaten Bandung Barat", PartnerKind.REGENCY, "32.17"),
            new BorderingRegion("Kabupaten Sumedang", PartnerKind.REGENCY, "32.11"));

    /** The three most adopted applications, all recommended by the KPK. */
    static final List<SharedSoftware> SOFTWARE = List.of(
            new SharedSoftware(
                    "LAKIP",
                    "LAKIP",
                    SoftwareCategory.PERFORMANCE,
                    "Laporan Akuntabilitas Kinerja Instansi Pemerintah."),
            new SharedSoftware(
                    "e-RK (Remunerasi Kinerja)", "e-RK", SoftwareCategory.PERFORMANCE, "Remunerasi berbasis kinerja."),
            new SharedSoftware(
                    "e-Surat (sistem surat menyurat)",
                    "e-Surat",
                    SoftwareCategory.CORRESPONDENCE,
                    "Sistem surat menyurat (persuratan) elektronik."));

    private BriefingFacts() {}

    record SisterCity(String name, String country, String reportSpelling) {}

    record TechnicalPartner(String name, String country, PartnerKind kind, String note, List<String> programmes) {}

    /** A region bordering Bandung, with its Kemendagri code in the official list (V015). */
    record BorderingRegion(String name, PartnerKind kind, String regionCode) {}

    record SharedSoftware(String name, String acronym, SoftwareCategory category, String description) {}
}
