package id.bandung.kerjasama.partner;

/** A partner as a picker offers it: its name and its country (the ISO 3166-1 alpha-2 code, as stored). */
public record PartnerChoice(long id, String name, String country) {

    /** The choice that shows {@code partner}; null for none. */
    public static PartnerChoice of(Partner partner) {
        return partner == null ? null : new PartnerChoice(partner.getId(), partner.getName(), partner.getCountry());
    }
}
