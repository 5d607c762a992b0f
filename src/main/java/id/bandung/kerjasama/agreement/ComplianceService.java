package id.bandung.kerjasama.agreement;

import id.bandung.kerjasama.audit.AuditedWrites;
import id.bandung.kerjasama.base.domain.Actor;
import id.bandung.kerjasama.base.domain.PlainText;
import id.bandung.kerjasama.base.domain.RuleViolationException;
import id.bandung.kerjasama.base.domain.StaleRecordException;
import id.bandung.kerjasama.security.Roles;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance warnings of one agreement ({@link ComplianceCheck}, derived in SQL), and their acknowledgement: staff
 * accept a warning with a reason (an old agreement that predates the rules, an approval kept on paper), which is
 * audited and takes the agreement out of the list's {@code ?issue=} filter. Acknowledging never changes the record.
 */
@Service
@Transactional(readOnly = true)
public class ComplianceService {

    public static final int REASON_MAX = 1000;

    private static final String TRIPPED = "select "
            + Arrays.stream(ComplianceCheck.values())
                    .map(check -> check.condition() + " as " + check.name())
                    .collect(Collectors.joining(", "))
            + " from agreement a where a.id = :id";

    private final JdbcClient jdbc;
    private final AgreementRepository agreements;
    private final AuditedWrites writes;
    private final Clock clock;
    private final Validator validator;

    ComplianceService(
            JdbcClient jdbc, AgreementRepository agreements, AuditedWrites writes, Clock clock, Validator validator) {
        this.validator = validator;
        this.jdbc = jdbc;
        this.agreements = agreements;
        this.writes = writes;
        this.clock = clock;
    }

    /** The checks the stored agreement trips, in the order of {@link ComplianceCheck}, acknowledged or not. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public List<ComplianceWarning> warnings(long agreementId) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> tripped = jdbc
                .sql(TRIPPED)
                .param("id", agreementId)
                .param("today", today)
                .param("horizon", AgreementStatusSql.horizon(today))
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElse(Map.of());
        Map<String, ComplianceWarning> acknowledged = new HashMap<>();
        jdbc.sql("""
                        select check_name, reason, acknowledged_by, acknowledged_at from compliance_acknowledgement
                        where agreement_id = :id""")
                .param("id", agreementId)
                .query((row, number) -> new ComplianceWarning(
                        ComplianceCheck.valueOf(row.getString(1)),
                        row.getString(2),
                        row.getString(3),
                        row.getTimestamp(4).toInstant()))
                .list()
                .forEach(warning -> acknowledged.put(warning.check().name(), warning));
        List<ComplianceWarning> warnings = new ArrayList<>();
        for (ComplianceCheck check : ComplianceCheck.values()) {
            if (Boolean.TRUE.equals(tripped.get(check.name().toLowerCase()))) {
                warnings.add(acknowledged.getOrDefault(check.name(), new ComplianceWarning(check, null, null, null)));
            }
        }
        return warnings;
    }

    /** Accepts a warning the agreement trips, with a reason; a second acknowledgement replaces the first. */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public void acknowledge(long agreementId, ComplianceCheck check, String reason) {
        String text = reason == null ? "" : reason.strip();
        var violations = validator.validate(new Reason(text));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Agreement agreement = agreements.findById(agreementId).orElseThrow(StaleRecordException::new);
        boolean trips = warnings(agreementId).stream().anyMatch(warning -> warning.check() == check);
        if (!trips) {
            throw new RuleViolationException("reason", "compliance.error.not-tripped");
        }
        jdbc.sql("""
                        insert into compliance_acknowledgement (agreement_id, check_name, reason, acknowledged_at,
                                                                acknowledged_by)
                        values (:id, :check, :reason, :at, :by)
                        on conflict (agreement_id, check_name) do update
                        set reason = excluded.reason, acknowledged_at = excluded.acknowledged_at,
                            acknowledged_by = excluded.acknowledged_by""")
                .param("id", agreementId)
                .param("check", check.name())
                .param("reason", text)
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("by", Actor.currentName())
                .update();
        writes.recordChange(
                Agreement.RECORD_TYPE, agreementId, agreement.getTitle(), "compliance." + check.name(), null, text);
    }

    /** Withdraws an acknowledgement: the warning counts again. */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public void withdraw(long agreementId, ComplianceCheck check) {
        Agreement agreement = agreements.findById(agreementId).orElseThrow(StaleRecordException::new);
        List<String> removed = jdbc.sql("""
                        delete from compliance_acknowledgement where agreement_id = :id and check_name = :check
                        returning reason""")
                .param("id", agreementId)
                .param("check", check.name())
                .query(String.class)
                .list();
        removed.forEach(reason -> writes.recordChange(
                Agreement.RECORD_TYPE, agreementId, agreement.getTitle(), "compliance." + check.name(), reason, null));
    }

    /** An acknowledgement's reason, checked like every stored text. */
    record Reason(
            @NotBlank(message = "{validation.required}") @PlainText(max = REASON_MAX, multiline = true)
            String reason) {}
}
