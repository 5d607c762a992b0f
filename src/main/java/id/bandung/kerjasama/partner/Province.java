package id.bandung.kerjasama.partner;

/** The 38 provinces of Indonesia, with their official names (the same in every UI language). */
public enum Province {
    ACEH("Aceh"),
    SUMATERA_UTARA("Sumatera Utara"),
    SUMATERA_BARAT("Sumatera Barat"),
    RIAU("Riau"),
    KEPULAUAN_RIAU("Kepulauan Riau"),
    JAMBI("Jambi"),
    SUMATERA_SELATAN("Sumatera Selatan"),
    KEPULAUAN_BANGKA_BELITUNG("Kepulauan Bangka Belitung"),
    BENGKULU("Bengkulu"),
    LAMPUNG("Lampung"),
    DKI_JAKARTA("DKI Jakarta"),
    BANTEN("Banten"),
    JAWA_BARAT("Jawa Barat"),
    JAWA_TENGAH("Jawa Tengah"),
    DI_YOGYAKARTA("DI Yogyakarta"),
    JAWA_TIMUR("Jawa Timur"),
    BALI("Bali"),
    NUSA_TENGGARA_BARAT("Nusa Tenggara Barat"),
    NUSA_TENGGARA_TIMUR("Nusa Tenggara Timur"),
    KALIMANTAN_BARAT("Kalimantan Barat"),
    KALIMANTAN_TENGAH("Kalimantan Tengah"),
    KALIMANTAN_SELATAN("Kalimantan Selatan"),
    KALIMANTAN_TIMUR("Kalimantan Timur"),
    KALIMANTAN_UTARA("Kalimantan Utara"),
    SULAWESI_UTARA("Sulawesi Utara"),
    GORONTALO("Gorontalo"),
    SULAWESI_TENGAH("Sulawesi Tengah"),
    SULAWESI_BARAT("Sulawesi Barat"),
    SULAWESI_SELATAN("Sulawesi Selatan"),
    SULAWESI_TENGGARA("Sulawesi Tenggara"),
    MALUKU("Maluku"),
    MALUKU_UTARA("Maluku Utara"),
    PAPUA("Papua"),
    PAPUA_BARAT("Papua Barat"),
    PAPUA_BARAT_DAYA("Papua Barat Daya"),
    PAPUA_TENGAH("Papua Tengah"),
    PAPUA_PEGUNUNGAN("Papua Pegunungan"),
    PAPUA_SELATAN("Papua Selatan");

    private final String officialName;

    Province(String officialName) {
        this.officialName = officialName;
    }

    public String officialName() {
        return officialName;
    }
}
