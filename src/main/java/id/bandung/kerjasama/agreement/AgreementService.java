package id.bandung.kerjasama.agreement;

import id.bandung.kerjasama.audit.AuditedWrites;
import id.bandung.kerjasama.base.domain.DeletionCheck;
import id.bandung.kerjasama.base.domain.RuleViolationException;
import id.bandung.kerjasama.base.domain.StaleRecordException;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.security.Roles;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements written by staff, with an audit trail. The rules that tie fields together are the entity's
 * ({@link AgreementRules}); this service adds the one that needs the database: a parent is a memorandum of the same
 * partner. Lists, pickers and exports read through {@link AgreementQueries}; documents through
 * {@link DocumentService}.
 */
@Service
@Transactional(readOnly = true)
public class AgreementService {

    private static final int EXAMPLES = 3;

    private final AgreementRepository repository;
    private final AuditedWrites writes;

    AgreementService(AgreementRepository repository, AuditedWrites writes) {
        this.repository = repository;
        this.writes = writes;
    }

    /** An agreement with its partner, parent and fields, ready for the editor. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<Agreement> find(long id) {
        return repository.findWithDetails(id);
    }

    /** The stored agreement a picker's choice stands for, to be referred to by another record. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Agreement reference(long id) {
        return repository.findById(id).orElseThrow(StaleRecordException::new);
    }

    /** Creates or updates, refusing a parent that is not a memorandum of the same partner. */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public Agreement save(Agreement agreement) {
        requireMemorandumOfSamePartner(agreement);
        if (agreement.getTitle() != null) {
            agreement.setTitle(agreement.getTitle().strip());
        }
        return writes.save(Agreement.RECORD_TYPE, repository, agreement, Map.of());
    }

    /**
     * Deletes an agreement nothing refers to: not an implementing agreement (PKS) naming it as parent, nor an
     * adoption made under it. Its document goes with it.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public void delete(Agreement agreement) {
        writes.delete(Agreement.RECORD_TYPE, repository, agreement);
    }

    /** Partners that agreements refer to, and memoranda that implementing agreements name, cannot be deleted. */
    @EventListener
    void onDeletionCheck(DeletionCheck check) {
        long id = check.recordId();
        if (check.concerns(Partner.RECORD_TYPE)) {
            check.heldBy(
                    Agreement.RECORD_TYPE,
                    repository.countByPartnerId(id),
                    repository.titlesOfPartner(id, Limit.of(EXAMPLES)));
        } else if (check.concerns(Agreement.RECORD_TYPE)) {
            check.heldBy(
                    "ChildAgreement",
                    repository.countByParentId(id),
                    repository.titlesOfChildren(id, Limit.of(EXAMPLES)));
        }
    }

    private void requireMemorandumOfSamePartner(Agreement agreement) {
        Agreement parent = agreement.getParent();
        if (parent == null || agreement.getPartner() == null) {
            return;
        }
        Agreement stored = repository
                .findById(parent.getId())
                .orElseThrow(() -> new RuleViolationException("parent", "agreement.error.parent"));
        boolean sameRecord = agreement.getId() != null && agreement.getId().equals(stored.getId());
        boolean memorandum = stored.getDocumentKind() == DocumentKind.KESEPAKATAN_BERSAMA;
        boolean samePartner =
                stored.getPartner().getId().equals(agreement.getPartner().getId());
        if (sameRecord || !memorandum || !samePartner) {
            throw new RuleViolationException("parent", "agreement.error.parent");
        }
    }
}
