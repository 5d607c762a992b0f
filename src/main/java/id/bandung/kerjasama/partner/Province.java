package id.bandung.kerjasama.partner;

/** The 38 provinces of Indonesia, with their official names (the same in every UI language) and Kemendagri codes. */
public enum Province {
    ACEH("Aceh", "11"),
    SUMATERA_UTARA("Sumatera Utara", "12"),
    SUMATERA_BARAT("Sumatera Barat", "13"),
    RIAU("Riau", "14"),
    KEPULAUAN_RIAU("Kepulauan Riau", "21"),
    JAMBI("Jambi", "15"),
    SUMATERA_SELATAN("Sumatera Selatan", "16"),
    KEPULAUAN_BANGKA_BELITUNG("Kepulauan Bangka Belitung", "19"),
    BENGKULU("Bengkulu", "17"),
    LAMPUNG("Lampung", "18"),
    DKI_JAKARTA("DKI Jakarta", "31"),
    BANTEN("Banten", "36"),
    JAWA_BARAT("Jawa Barat", "32"),
    JAWA_TENGAH("Jawa Tengah", "33"),
    DI_YOGYAKARTA("DI Yogyakarta", "34"),
    JAWA_TIMUR("Jawa Timur", "35"),
    BALI("Bali", "51"),
    NUSA_TENGGARA_BARAT("Nusa Tenggara Barat", "52"),
    NUSA_TENGGARA_TIMUR("Nusa Tenggara Timur", "53"),
    KALIMANTAN_BARAT("Kalimantan Barat", "61"),
    KALIMANTAN_TENGAH("Kalimantan Tengah", "62"),
    KALIMANTAN_SELATAN("Kalimantan Selatan", "63"),
    KALIMANTAN_TIMUR("Kalimantan Timur", "64"),
    KALIMANTAN_UTARA("Kalimantan Utara", "65"),
    SULAWESI_UTARA("Sulawesi Utara", "71"),
    GORONTALO("Gorontalo", "75"),
    SULAWESI_TENGAH("Sulawesi Tengah", "72"),
    SULAWESI_BARAT("Sulawesi Barat", "76"),
    SULAWESI_SELATAN("Sulawesi Selatan", "73"),
    SULAWESI_TENGGARA("Sulawesi Tenggara", "74"),
    MALUKU("Maluku", "81"),
    MALUKU_UTARA("Maluku Utara", "82"),
    PAPUA("Papua", "91"),
    PAPUA_BARAT("Papua Barat", "92"),
    PAPUA_BARAT_DAYA("Papua Barat Daya", "96"),
    PAPUA_TENGAH("Papua Tengah", "94"),
    PAPUA_PEGUNUNGAN("Papua Pegunungan", "95"),
    PAPUA_SELATAN("Papua Selatan", "93");

    private final String officialName;
    private final String code;

    Province(String officialName, String code) {
        this.officialName = officialName;
        this.code = code;
    }

    public String officialName() {
        return officialName;
    }

    /** The Kemendagri code of the province ("32" for Jawa Barat), as in the official region list (V015). */
    public String code() {
        return code;
    }

    /** The province of a Kemendagri region code: its first two digits ("32.77" is in Jawa Barat). */
    public static java.util.Optional<Province> ofCode(String regionCode) {
        if (regionCode == null || regionCode.length() < 2) {
            return java.util.Optional.empty();
        }
        String prefix = regionCode.substring(0, 2);
        return java.util.Arrays.stream(values())
                .filter(province -> province.code.equals(prefix))
                .findFirst();
    }
}
