package id.bandung.kerjasama.report;

import id.bandung.kerjasama.agreement.AgreementStatus;
import id.bandung.kerjasama.agreement.ComplianceCheck;
import java.time.LocalDate;
import java.util.List;

/**
 * One agreement the report concerns, for its detail list.
 *
 * @param status          the status on the report's day
 * @param lastReportTo    the end of the period its latest implementation report covers, if any
 * @param monevDueOn      when its next report is due ({@code MonevDue})
 * @param monevOverdue    in force on the report's day with its report overdue ({@code NO_MONEV_12M})
 * @param openWarnings    the compliance checks it trips that nobody has acknowledged
 * @param acknowledged    the checks it trips that were acknowledged with a reason
 */
public record ReportRow(
        long id,
        String title,
        String partnerName,
        CategoryKey category,
        String bandungNumber,
        LocalDate signedOn,
        LocalDate endOn,
        AgreementStatus status,
        LocalDate lastReportTo,
        LocalDate monevDueOn,
        boolean monevOverdue,
        List<ComplianceCheck> openWarnings,
        List<ComplianceCheck> acknowledged) {}
