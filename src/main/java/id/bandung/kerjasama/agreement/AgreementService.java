package id.bandung.kerjasama.agreement;

import id.bandung.kerjasama.audit.AuditedWrites;
import id.bandung.kerjasama.base.domain.DeletionCheck;
import id.bandung.kerjasama.base.domain.RuleViolationException;
import id.bandung.kerjasama.base.domain.StaleRecordException;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
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

    /** The longest term the law allows (PP 28/2018), and what an extension proposes when the old term is unknown. */
    static final Period LONGEST_TERM = Period.ofYears(5);

    private final AgreementRepository repository;
    private final AuditedWrites writes;
    private final StageService stages;
    private final Clock clock;

    AgreementService(AgreementRepository repository, AuditedWrites writes, StageService stages, Clock clock) {
        this.repository = repository;
        this.writes = writes;
        this.stages = stages;
        this.clock = clock;
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
        Agreement saved = writes.save(Agreement.RECORD_TYPE, repository, agreement, Map.of());
        stages.endPredecessorOnStart(saved);
        return saved;
    }

    /**
     * Extends an agreement (as it was at {@code version}) by a new one, as the law asks: the successor has the same
     * partner, category, kind and fields, is linked to its predecessor, starts its own lifecycle at the proposal,
     * and proposes its dates: from the predecessor's end (or today, when that has passed or is unknown) for the same
     * term, at most five years. The predecessor's stage becomes "extended"; it ends on the successor's start once the
     * successor is signed. Only a signed agreement that is neither extended nor ended can be extended.
     *
     * @return the successor, saved
     */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public Agreement extend(long agreementId, long version) {
        Agreement old = repository.findWithDetails(agreementId).orElseThrow(StaleRecordException::new);
        if (old.getVersion() != version) {
            throw new StaleRecordException();
        }
        LocalDate today = LocalDate.now(clock);
        if (!old.mayBeExtended(today)) {
            throw new RuleViolationException("stage", "agreement.extend.error.not-extendable");
        }
        if (repository.existsByPredecessorId(agreementId)) {
            throw new RuleViolationException("stage", "agreement.extend.error.already");
        }
        Agreement next = new Agreement(old.getPartner(), old.getCategory(), old.getObligation(), old.getTitle());
        next.setDocumentKind(old.getDocumentKind());
        next.setParent(old.getParent());
        next.setFields(old.getFields());
        next.setBurdensPublic(old.isBurdensPublic());
        next.setUnbudgeted(old.isUnbudgeted());
        next.setPredecessor(old);
        LocalDate start = old.getEndOn() != null && !old.getEndOn().isBefore(today) ? old.getEndOn() : today;
        next.setStartOn(start);
        next.setEndOn(start.plus(term(old)));
        Agreement saved = writes.save(Agreement.RECORD_TYPE, repository, next, Map.of());
        stages.recordExtended(old, saved, today);
        repository.saveAndFlush(old);
        return saved;
    }

    /** The agreement that extends this one, if any. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<AgreementChoice> successorOf(long agreementId) {
        return repository.findSuccessor(agreementId);
    }

    /** The predecessor's term (from its start, or signing, to its end), at most five years; five when unknown. */
    private static Period term(Agreement old) {
        LocalDate from = old.getStartOn() != null ? old.getStartOn() : old.getSignedOn();
        if (from == null || old.getEndOn() == null || !old.getEndOn().isAfter(from)) {
            return LONGEST_TERM;
        }
        Period term = Period.between(from, old.getEndOn());
        return from.plus(term).isAfter(from.plus(LONGEST_TERM)) ? LONGEST_TERM : term;
    }

    /**
     * Deletes an agreement nothing refers to: not an implementing agreement (PKS) naming it as parent, nor an
     * adoption made under it. Its document and steps go with it; deleting an extension returns the agreement it
     * extended to the stage before.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public void delete(Agreement agreement) {
        Long predecessor = agreement.getPredecessor() == null
                ? null
                : agreement.getPredecessor().getId();
        writes.delete(Agreement.RECORD_TYPE, repository, agreement);
        if (predecessor != null) {
            // the extension is gone: the agreement it extended is no longer extended
            repository.findById(predecessor).ifPresent(stages::undoExtension);
        }
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
