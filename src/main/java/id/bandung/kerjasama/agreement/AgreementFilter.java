package id.bandung.kerjasama.agreement;

import id.bandung.kerjasama.base.domain.FilterParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the agreement list shows; null means any. Kept in the URL ({@code agreements?status=EXPIRING&category=KSDPL}),
 * which is how the dashboard links to the records behind a figure.
 *
 * @param text               part of the title or of either document number
 * @param signedFrom         signed on or after (the period's start)
 * @param signedTo           signed on or before (the period's end)
 * @param expiringWithinDays in force and ending within this many days from today
 * @param issue              trips this compliance check and no one has acknowledged it
 * @param missing            lacks this (the completeness panel's links)
 */
public record AgreementFilter(
        String text,
        Category category,
        Obligation obligation,
        AgreementStatus status,
        CooperationField field,
        Long partnerId,
        DocumentKind documentKind,
        LocalDate signedFrom,
        LocalDate signedTo,
        Integer expiringWithinDays,
        ComplianceCheck issue,
        AgreementGap missing) {

    public static AgreementFilter empty() {
        return new AgreementFilter(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static AgreementFilter fromParameters(Map<String, List<String>> values) {
        FilterParameters parameters = FilterParameters.of(values);
        return new AgreementFilter(
                parameters.text("q").orElse(null),
                parameters.enumValue("category", Category.class).orElse(null),
                parameters.enumValue("obligation", Obligation.class).orElse(null),
                parameters.enumValue("status", AgreementStatus.class).orElse(null),
                parameters.enumValue("field", CooperationField.class).orElse(null),
                parameters.number("partner").orElse(null),
                parameters.enumValue("kind", DocumentKind.class).orElse(null),
                parameters.date("from").orElse(null),
                parameters.date("to").orElse(null),
                parameters
                        .number("expiring")
                        .filter(days -> days > 0 && days <= 3650)
                        .map(Long::intValue)
                        .orElse(null),
                parameters.enumValue("issue", ComplianceCheck.class).orElse(null),
                parameters.enumValue("missing", AgreementGap.class).orElse(null));
    }

    public Map<String, List<String>> toParameters() {
        return FilterParameters.builder()
                .put("q", text)
                .put("category", category)
                .put("obligation", obligation)
                .put("status", status)
                .put("field", field)
                .put("partner", partnerId)
                .put("kind", documentKind)
                .put("from", signedFrom)
                .put("to", signedTo)
                .put("expiring", expiringWithinDays)
                .put("issue", issue)
                .put("missing", missing)
                .build();
    }

    public AgreementFilter withPartner(Long partner) {
        return new AgreementFilter(
                text,
                category,
                obligation,
                status,
                field,
                partner,
                documentKind,
                signedFrom,
                signedTo,
                expiringWithinDays,
                issue,
                missing);
    }

    public AgreementFilter withText(String searched) {
        return new AgreementFilter(
                searched == null || searched.isBlank() ? null : searched,
                category,
                obligation,
                status,
                field,
                partnerId,
                documentKind,
                signedFrom,
                signedTo,
                expiringWithinDays,
                issue,
                missing);
    }
}
