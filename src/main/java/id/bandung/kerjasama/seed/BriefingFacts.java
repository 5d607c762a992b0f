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
            new SisterCity("Braunschweig", "DE", "Braunscweigh", new Place(52.2689, 10.5268)),
            new SisterCity("Fort Worth", "US", "Forthworth", new Place(32.7555, -97.3308)),
            new SisterCity("Suwon", "KR", null, new Place(37.2636, 127.0286)),
            new SisterCity("Yingkou", "CN", null, new Place(40.6250, 122.2189)),
            new SisterCity("Liuzhou", "CN", null, new Place(24.3264, 109.4281)),
            new SisterCity("Petaling Jaya", "MY", null, new Place(3.1073, 101.6067)),
            new SisterCity("Shenzhen", "CN", "Shenzen", new Place(22.5431, 114.0579)),
            new SisterCity("Hamamatsu", "JP", null, new Place(34.7108, 137.7261)),
            new SisterCity("Seoul", "KR", null, new Place(37.5665, 126.9780)),
            new SisterCity("Namur", "BE", "Nammur", new Place(50.4674, 4.8720)),
            new SisterCity("Toyota", "JP", "Toyota City", new Place(35.0825, 137.1563)),
            new SisterCity("Cotabato", "PH", null, new Place(7.2236, 124.2464)),
            new SisterCity("Cuenca", "EC", null, new Place(-2.9001, -79.0059)));

    /** Technical cooperation (KSDLL): partners and the programmes agreed with each. */
    static final List<TechnicalPartner> TECHNICAL_PARTNERS = List.of(
            new TechnicalPartner(
                    "Japan Smart Community Alliance (JSCA)",
                    "JP",
                    PartnerKind.FOREIGN_INSTITUTION,
                    null,
                    List.of("Kerja sama teknis dengan Japan Smart Community Alliance (JSCA)"),
                    // Its secretariat is at NEDO, Kawasaki.
                    new Place(35.5308, 139.7029)),
            new TechnicalPartner(
                    "Kawasaki",
                    "JP",
                    PartnerKind.OTHER,
                    "Laporan tidak menyebutkan apakah yang dimaksud Kota Kawasaki atau perusahaan Kawasaki; "
                            + "jenis mitra perlu dikonfirmasi.",
                    List.of("Kerja sama teknis dengan Kawasaki"),
                    new Place(35.5308, 139.7029)),
            new TechnicalPartner(
                    "Asian Development Bank (ADB)",
                    "PH",
                    PartnerKind.FOREIGN_INSTITUTION,
                    "Lembaga internasional yang berkedudukan di Filipina (Manila).",
                    List.of("Program ADB TRAMPIL", "Program ADB SIGAP"),
                    // Its seat: Mandaluyong, Metro Manila.
                    new Place(14.5794, 121.0359)));

    /** The regions bordering Bandung, with which cooperation is mandatory (KSDD, WAJIB). */
    static final List<BorderingRegion> BORDERING_REGIONS = List.of(
            new BorderingRegion("Kota Cimahi", PartnerKind.CITY, "32.77", new Place(-6.8722, 107.5425)),
            new BorderingRegion("Kabupaten Bandung", PartnerKind.REGENCY, "32.04", new Place(-7.0212, 107.5296)),
            new BorderingRegion("Kabupaten Bandung Barat", PartnerKind.REGENCY, "32.17", new Place(-6.8393, 107.5119)),
            new BorderingRegion("Kabupaten Sumedang", PartnerKind.REGENCY, "32.11", new Place(-6.8597, 107.9208)));

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

    /**
     * Public coordinates of a city centre, four decimals (about 10 m): the city hall or the centre of the city named,
     * for an institution the city of its seat, for a regency the town that is its seat. Migration V016 sets the same
     * values on databases loaded before they were here.
     */
    record Place(double latitude, double longitude) {}

    record SisterCity(String name, String country, String reportSpelling, Place place) {}

    record TechnicalPartner(
            String name, String country, PartnerKind kind, String note, List<String> programmes, Place place) {}

    /** A region bordering Bandung, with its Kemendagri code in the official list (V015) and its place. */
    record BorderingRegion(String name, PartnerKind kind, String regionCode, Place place) {}

    record SharedSoftware(String name, String acronym, SoftwareCategory category, String description) {}
}
