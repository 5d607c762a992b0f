package id.bandung.kerjasama.partner;

import java.math.BigDecimal;
import java.time.Instant;

/** A partner as the list and its export show it. */
public record PartnerRow(
        long id,
        String name,
        PartnerKind kind,
        String country,
        Province province,
        boolean bordersBandung,
        BigDecimal latitude,
        BigDecimal longitude,
        String website,
        String contact,
        String notes,
        boolean sample,
        Instant updatedAt) {

    /** The row of a partner just saved or opened, so that the list can mark it without asking the database. */
    public static PartnerRow of(Partner partner) {
        return new PartnerRow(
                partner.getId(),
                partner.getName(),
                partner.getKind(),
                partner.getCountry(),
                partner.getProvince(),
                partner.isBordersBandung(),
                partner.getLatitude(),
                partner.getLongitude(),
                partner.getWebsite(),
                partner.getContact(),
                partner.getNotes(),
                partner.isSample(),
                partner.getUpdatedAt());
    }
}
