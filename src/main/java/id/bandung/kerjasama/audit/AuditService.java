package id.bandung.kerjasama.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bandung.kerjasama.base.domain.Actor;
import id.bandung.kerjasama.base.domain.Auditable;
import id.bandung.kerjasama.security.AccountChangedEvent;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.security.SignInFailedEvent;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log's writes. Record changes are written in the transaction of the change itself, so a change that rolls
 * back leaves no entry and an entry never describes a change that did not happen. {@link AuditQueries} reads the log.
 */
@Service
public class AuditService {

    static final String ACCOUNT = "UserAccount";

    /** How many entries of a bulk write one statement carries. */
    private static final int BULK_CHUNK = 1_000;

    private static final int USERNAME_MAX = 64;

    private final AuditEventRepository repository;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    AuditService(AuditEventRepository repository, Clock clock, JdbcTemplate jdbc, ObjectMapper json) {
        this.repository = repository;
        this.clock = clock;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One record a bulk write created or removed: its id, its label and (for a creation) its values. */
    public record BulkEntry(long recordId, String label, Map<String, String> values) {}

    /**
     * One entry per record that a bulk import created ({@link AuditAction#CREATE}, with every value, as a record
     * created in its editor) or that undoing it removed ({@link AuditAction#DELETE}); a thousand entries a
     * statement, in the caller's transaction.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordBulk(String recordType, AuditAction action, List<BulkEntry> entries) {
        Timestamp at = Timestamp.from(clock.instant());
        String username = Actor.currentName();
        for (int start = 0; start < entries.size(); start += BULK_CHUNK) {
            List<BulkEntry> chunk = entries.subList(start, Math.min(entries.size(), start + BULK_CHUNK));
            Object[] ids = chunk.stream().map(BulkEntry::recordId).toArray();
            Object[] summaries = chunk.stream()
                    .map(entry -> AuditEvent.summary(entry.label()))
                    .toArray();
            Object[] changes = chunk.stream()
                    .map(entry -> changesJson(diff(Map.of(), entry.values())))
                    .toArray();
            jdbc.update(connection -> {
                PreparedStatement statement = connection.prepareStatement("""
                        insert into audit_event (occurred_at, username, record_type, record_id, action, summary,
                            changes)
                        select ?, ?, ?, t.id, ?, t.summary, t.changes::jsonb
                        from unnest(?::bigint[], ?::text[], ?::text[]) as t(id, summary, changes)""");
                statement.setTimestamp(1, at);
                statement.setString(2, username);
                statement.setString(3, recordType);
                statement.setString(4, action.name());
                statement.setArray(5, connection.createArrayOf("bigint", ids));
                statement.setArray(6, connection.createArrayOf("text", summaries));
                statement.setArray(7, connection.createArrayOf("text", changes));
                return statement;
            });
        }
    }

    /** The event of a whole batch: imported ({@link AuditAction#IMPORT}) or undone, with its file and counts. */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordBatch(String recordType, long batchId, AuditAction action, String summary) {
        repository.save(
                new AuditEvent(clock.instant(), Actor.currentName(), recordType, batchId, action, summary, List.of()));
    }

    private String changesJson(List<AuditEvent.Change> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit changes could not be written as JSON", e);
        }
    }

    /** Writes what a create, update or delete changed; part of the caller's transaction. */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(
            String recordType, Long recordId, AuditAction action, Auditable record, Map<String, String> before) {
        Map<String, String> after = action == AuditAction.DELETE ? Map.of() : record.auditValues();
        List<AuditEvent.Change> changes = diff(before, after);
        if (action == AuditAction.UPDATE && changes.isEmpty()) {
            return;
        }
        repository.save(new AuditEvent(
                clock.instant(), Actor.currentName(), recordType, recordId, action, record.auditLabel(), changes));
    }

    /** Writes a change that is not a field edit, such as an uploaded document. */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(
            String recordType, Long recordId, String label, String field, String oldValue, String newValue) {
        repository.save(new AuditEvent(
                clock.instant(),
                Actor.currentName(),
                recordType,
                recordId,
                AuditAction.UPDATE,
                label,
                List.of(new AuditEvent.Change(field, oldValue, newValue))));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onSignIn(AuthenticationSuccessEvent event) {
        recordAccountEvent(event.getAuthentication().getName(), AuditAction.SIGN_IN, null);
    }

    /** Keeps only the non-secret form of what was typed as username (see {@link SignInFailedEvent}). */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onFailedSignIn(SignInFailedEvent event) {
        recordAccountEvent(event.shownName(), AuditAction.SIGN_IN_FAILED, null);
    }

    /** An administrator's act on an account: who did it (the signed-in user), to whom, what changed. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onAccountChanged(AccountChangedEvent event) {
        List<AuditEvent.Change> changes = event.changes().stream()
                .map(change -> new AuditEvent.Change(change.field(), change.oldValue(), change.newValue()))
                .toList();
        repository.save(new AuditEvent(
                clock.instant(),
                Actor.currentName(),
                ACCOUNT,
                event.accountId(),
                event.created() ? AuditAction.CREATE : AuditAction.UPDATE,
                event.username(),
                changes));
    }

    private void recordAccountEvent(String username, AuditAction action, String summary) {
        String name = username == null || username.isBlank() ? "?" : username.strip();
        name = name.length() > USERNAME_MAX ? name.substring(0, USERNAME_MAX) : name;
        repository.save(new AuditEvent(clock.instant(), name, ACCOUNT, null, action, summary, List.of()));
    }

    /** Every field whose value differs, with the old and the new value. */
    static List<AuditEvent.Change> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<AuditEvent.Change> changes = new ArrayList<>();
        for (String field : fields) {
            String oldValue = before.get(field);
            String newValue = after.get(field);
            if (!Objects.equals(oldValue, newValue)) {
                changes.add(new AuditEvent.Change(field, oldValue, newValue));
            }
        }
        return changes;
    }
}
