package id.bandung.kerjasama.software;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the adoption list and its export: who adopted what, how far, and under which agreement if any. */
public record AdoptionRow(
        long id,
        long partnerId,
        String partnerName,
        long softwareId,
        String softwareName,
        Long agreementId,
        String agreementTitle,
        AdoptionStatus status,
        LocalDate since,
        String notes,
        boolean sample,
        Instant updatedAt) {}
