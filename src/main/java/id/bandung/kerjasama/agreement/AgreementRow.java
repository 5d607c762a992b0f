package id.bandung.kerjasama.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** One agreement as the list, its export and the dashboard's links show it: never the entity. */
public record AgreementRow(
        long id,
        String title,
        String bandungNumber,
        String partnerNumber,
        Category category,
        Obligation obligation,
        DocumentKind documentKind,
        long partnerId,
        String partnerName,
        String partnerCountry,
        Set<CooperationField> fields,
        LocalDate signedOn,
        LocalDate startOn,
        LocalDate endOn,
        LocalDate terminatedOn,
        String terminationReason,
        String notes,
        boolean sample,
        Instant updatedAt,
        AgreementStatus status) {}
