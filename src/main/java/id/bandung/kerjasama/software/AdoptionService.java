package id.bandung.kerjasama.software;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.audit.AuditedWrites;
import id.bandung.kerjasama.base.domain.DeletionCheck;
import id.bandung.kerjasama.base.domain.RuleViolationException;
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
 * Adoptions of software by partners, for their editor: read by anyone signed in; created, changed and deleted by
 * staff, with an audit trail. Lists read through {@link AdoptionQueries}. Partners, agreements and software that
 * adoptions refer to cannot be deleted.
 */
@Service
@Transactional(readOnly = true)
public class AdoptionService {

    /** How many holders a refused delete names. */
    private static final int EXAMPLES = 3;

    private static final Map<String, String> UNIQUE = Map.of("adoption_partner_software_key", "software");

    private final AdoptionRepository repository;
    private final AuditedWrites writes;

    AdoptionService(AdoptionRepository repository, AuditedWrites writes) {
        this.repository = repository;
        this.writes = writes;
    }

    /** The adoption with its partner, software and agreement. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<Adoption> find(long id) {
        return repository.findWithDetails(id);
    }

    /**
     * Creates or updates. A partner adopts a piece of software once (the database's unique key, refused as
     * {@link id.bandung.kerjasama.base.domain.DuplicateRecordException} for the software field), under an agreement of
     * its own if any ({@link RuleViolationException} for the agreement field).
     */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public Adoption save(Adoption adoption) {
        Agreement agreement = adoption.getAgreement();
        Partner partner = adoption.getPartner();
        if (agreement != null
                && partner != null
                && !repository.agreementBelongsTo(agreement.getId(), partner.getId())) {
            throw new RuleViolationException("agreement", "adoption.error.agreement-partner");
        }
        return writes.save(Adoption.RECORD_TYPE, repository, adoption, UNIQUE);
    }

    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public void delete(Adoption adoption) {
        writes.delete(Adoption.RECORD_TYPE, repository, adoption);
    }

    /** Partners, agreements and software that adoptions refer to are held by them, in any status. */
    @EventListener
    void onDeletionCheck(DeletionCheck check) {
        long id = check.recordId();
        if (check.concerns(Partner.RECORD_TYPE)) {
            check.heldBy(
                    Adoption.RECORD_TYPE,
                    repository.countByPartnerId(id),
                    repository.softwareOfPartner(id, Limit.of(EXAMPLES)));
        } else if (check.concerns(Agreement.RECORD_TYPE)) {
            check.heldBy(
                    Adoption.RECORD_TYPE,
                    repository.countByAgreementId(id),
                    repository.adoptionsUnderAgreement(id, Limit.of(EXAMPLES)));
        } else if (check.concerns(Software.RECORD_TYPE)) {
            check.heldBy(
                    Adoption.RECORD_TYPE,
                    repository.countBySoftwareId(id),
                    repository.partnersOfSoftware(id, Limit.of(EXAMPLES)));
        }
    }
}
