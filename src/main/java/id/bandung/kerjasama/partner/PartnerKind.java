package id.bandung.kerjasama.partner;

/** What kind of body a partner is. */
public enum PartnerKind {
    CITY,
    REGENCY,
    PROVINCE,
    FOREIGN_CITY,
    FOREIGN_INSTITUTION,
    COMPANY,
    UNIVERSITY,
    NGO,
    OTHER;

    /** Kinds that are Indonesian regional governments, the partners of KSDD cooperation. */
    public boolean isIndonesianRegion() {
        return this == CITY || this == REGENCY || this == PROVINCE;
    }
}
