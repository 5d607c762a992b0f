package id.bandung.kerjasama.partner;

/**
 * A region of the official list (V015, from idn-area-data 4.0.1): a province, regency or city with its Kemendagri
 * code and name, and the code of its province.
 */
public record Region(String code, String provinceCode, Level level, String name) {

    public enum Level {
        PROVINCE,
        REGENCY,
        CITY;

        /** The level a partner of this kind must have, or null for a kind that is not an Indonesian region. */
        public static Level of(PartnerKind kind) {
            return switch (kind) {
                case PROVINCE -> PROVINCE;
                case REGENCY -> REGENCY;
                case CITY -> CITY;
                default -> null;
            };
        }
    }

    /** The province this region lies in (or is). */
    public Province province() {
        return Province.ofCode(code).orElseThrow();
    }
}
