package id.bandung.kerjasama.audit;

import id.bandung.kerjasama.base.domain.AbstractEntity;
import id.bandung.kerjasama.base.domain.Auditable;
import id.bandung.kerjasama.base.domain.DeletionCheck;
import id.bandung.kerjasama.base.domain.RecordWrites;
import id.bandung.kerjasama.base.domain.StaleRecordException;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a record service writes an audited record: the entity's constraints, stale detection, the write, the
 * translation of database refusals, and the audit entry, all in the caller's transaction. A service adds only the
 * checks that need the database (is the name taken? does the parent belong to the same partner?) before calling.
 */
@Component
public class AuditedWrites {

    private final AuditService audit;
    private final ApplicationEventPublisher events;

    AuditedWrites(AuditService audit, ApplicationEventPublisher events) {
        this.audit = audit;
        this.events = events;
    }

    /**
     * Creates or updates {@code record}. Refuses it when it breaks its entity's constraints
     * ({@link jakarta.validation.ConstraintViolationException}), when the stored record is gone or was changed since
     * it was read ({@link StaleRecordException}), or when it repeats a unique value ({@code uniqueConstraints}: the
     * database constraint's name → the form field, {@link id.bandung.kerjasama.base.domain.DuplicateRecordException}).
     *
     * @return the saved record, managed by the current transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T extends AbstractEntity & Auditable> T save(
            String recordType, JpaRepository<T, Long> repository, T record, Map<String, String> uniqueConstraints) {
        RecordWrites.requireValid(record);
        boolean created = record.isNew();
        Map<String, String> before = created
                ? Map.of()
                : repository
                        .findById(record.getId())
                        .orElseThrow(StaleRecordException::new)
                        .auditValues();
        T saved = RecordWrites.translate(uniqueConstraints, () -> repository.saveAndFlush(record));
        audit.recordChange(recordType, saved.getId(), created ? AuditAction.CREATE : AuditAction.UPDATE, saved, before);
        return saved;
    }

    /**
     * Deletes {@code record} unless it was changed since it was read, or anything still refers to it: a
     * {@link DeletionCheck} is published for the features whose records may hold it, and the delete is refused with
     * their names ({@link id.bandung.kerjasama.base.domain.RecordInUseException}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T extends AbstractEntity & Auditable> void delete(
            String recordType, JpaRepository<T, Long> repository, T record) {
        T current = repository.findById(record.getId()).orElseThrow(StaleRecordException::new);
        RecordWrites.requireVersion(current, record);
        DeletionCheck check = new DeletionCheck(recordType, current.getId());
        events.publishEvent(check);
        check.refuseIfHeld();
        Map<String, String> before = current.auditValues();
        RecordWrites.translate(Map.of(), () -> {
            repository.delete(current);
            repository.flush();
            return null;
        });
        audit.recordChange(recordType, current.getId(), AuditAction.DELETE, current, before);
    }

    /** Records a change that is not a field edit of the record itself, such as an uploaded document. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(
            String recordType, long recordId, String label, String field, String oldValue, String newValue) {
        audit.recordChange(recordType, recordId, label, field, oldValue, newValue);
    }
}
