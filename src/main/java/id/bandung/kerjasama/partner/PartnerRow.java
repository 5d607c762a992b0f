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
        Instant updatedAt) {}
