package id.bandung.kerjasama.partner;

/**
 * What the register still lacks about a partner, for the completeness panel and the list it links to
 * ({@code partners?missing=COORDINATES}).
 */
public enum PartnerGap {
    /** No place on the map: latitude or longitude not recorded. */
    COORDINATES("p.latitude is null or p.longitude is null"),
    /** An Indonesian partner without its province (a foreign partner has none). */
    PROVINCE("p.country = 'ID' and p.province is null");

    private final String condition;

    PartnerGap(String condition) {
        this.condition = "(" + condition + ")";
    }

    /** Holds when partner {@code p} lacks it. */
    public String condition() {
        return condition;
    }
}
