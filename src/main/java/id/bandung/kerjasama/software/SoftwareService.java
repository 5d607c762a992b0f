package id.bandung.kerjasama.software;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.audit.AuditAction;
import id.bandung.kerjasama.audit.AuditService;
import id.bandung.kerjasama.base.domain.DeletionCheck;
import id.bandung.kerjasama.base.domain.DuplicateRecordException;
import id.bandung.kerjasama.base.domain.Exports;
import id.bandung.kerjasama.base.domain.RecordWrites;
import id.bandung.kerjasama.base.domain.RuleViolationException;
import id.bandung.kerjasama.base.domain.StablePages;
import id.bandung.kerjasama.base.domain.StaleRecordException;
import id.bandung.kerjasama.base.domain.TextSearch;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.security.Roles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The software Bandung shares and its adoptions by partners: found, read and exported by anyone signed in;
 * created, changed and deleted by staff, with an audit trail.
 */
@Service
@Transactional(readOnly = true)
public class SoftwareService {

    private static final int EXAMPLES = 3;
    private static final Map<String, String> UNIQUE_SOFTWARE = Map.of("software_name_key", "name");
    private static final Map<String, String> UNIQUE_ADOPTION = Map.of("adoption_partner_software_key", "software");

    private final SoftwareRepository software;
    private final AdoptionRepository adoptions;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    SoftwareService(
            SoftwareRepository software,
            AdoptionRepository adoptions,
            AuditService audit,
            ApplicationEventPublisher events,
            EntityManager entityManager) {
        this.software = software;
        this.adoptions = adoptions;
        this.audit = audit;
        this.events = events;
        this.entityManager = entityManager;
    }

    // ---------- software ----------

    /** One page of the filtered list, each with the number of partners that adopted it. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public List<SoftwareRow> listSoftware(SoftwareFilter filter, Pageable pageable) {
        Pageable page = StablePages.of(pageable, Sort.by("name"));
        List<Software> rows = software.findBy(specification(filter), query -> query.slice(page))
                .getContent();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> adopted = software
                .adoptedCounts(rows.stream().map(Software::getId).toList())
                .stream()
                .collect(Collectors.toMap(
                        SoftwareRepository.AdoptionCount::getSoftwareId,
                        SoftwareRepository.AdoptionCount::getAdoptions));
        return rows.stream()
                .map(row -> new SoftwareRow(row, adopted.getOrDefault(row.getId(), 0L)))
                .toList();
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public long countSoftware(SoftwareFilter filter) {
        return software.count(specification(filter));
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public long countSoftware() {
        return software.count();
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<Software> findSoftware(long id) {
        return software.findById(id);
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public void exportSoftware(SoftwareFilter filter, Consumer<Software> sink) {
        Exports.scroll(software, specification(filter), entityManager, sink);
    }

    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public Software save(Software item) {
        RecordWrites.requireValid(item);
        boolean created = item.isNew();
        item.setName(item.getName().strip());
        if (software.existsByNameIgnoreCaseAndIdNot(item.getName(), created ? -1 : item.getId())) {
            throw new DuplicateRecordException("name");
        }
        Map<String, String> before = created
                ? Map.of()
                : software.findById(item.getId()).map(Software::auditValues).orElseThrow(StaleRecordException::new);
        Software saved = RecordWrites.translate(UNIQUE_SOFTWARE, () -> software.saveAndFlush(item));
        audit.recordChange(
                Software.RECORD_TYPE, saved.getId(), created ? AuditAction.CREATE : AuditAction.UPDATE, saved, before);
        return saved;
    }

    /** Deletes software no partner has adopted (in any status); otherwise says who holds it. */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public void delete(Software item) {
        Software current = software.findById(item.getId()).orElseThrow(StaleRecordException::new);
        RecordWrites.requireVersion(current, item);
        DeletionCheck check = new DeletionCheck(Software.RECORD_TYPE, current.getId());
        check.heldBy(
                Adoption.RECORD_TYPE,
                adoptions.countBySoftwareId(current.getId()),
                adoptions.partnersOfSoftware(current.getId(), Limit.of(EXAMPLES)));
        check.refuseIfHeld();
        Map<String, String> before = current.auditValues();
        RecordWrites.translate(Map.of(), () -> {
            software.delete(current);
            software.flush();
            return null;
        });
        audit.recordChange(Software.RECORD_TYPE, current.getId(), AuditAction.DELETE, current, before);
    }

    // ---------- adoptions ----------

    /** One page of the filtered adoptions with their partners, software and agreements, without counting. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public List<Adoption> listAdoptions(AdoptionFilter filter, Pageable pageable) {
        Pageable page = StablePages.of(pageable, Sort.by(Sort.Direction.DESC, "since"));
        return adoptions
                .findBy(specification(filter), query -> query.slice(page))
                .getContent();
    }

    /**
     * The number of adoptions the filter selects. Without a text search, the counts PostgreSQL keeps per software
     * and per partner (V003) answer at once; counting a million rows would not.
     */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public long countAdoptions(AdoptionFilter filter) {
        String status = filter.status() == null ? null : filter.status().name();
        if (filter.text() != null || filter.partnerId() != null && filter.softwareId() != null) {
            return adoptions.count(specification(filter));
        }
        return filter.partnerId() != null
                ? adoptions.countKeptByPartner(filter.partnerId(), status)
                : adoptions.countKeptBySoftware(filter.softwareId(), status);
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public long countAdoptions() {
        return adoptions.count();
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<Adoption> findAdoption(long id) {
        return adoptions.findWithDetails(id);
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public void exportAdoptions(AdoptionFilter filter, Consumer<Adoption> sink) {
        Exports.scroll(adoptions, specification(filter), entityManager, sink);
    }

    /** Creates or updates; a partner adopts a piece of software once, under an agreement of its own if any. */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public Adoption save(Adoption adoption) {
        RecordWrites.requireValid(adoption);
        boolean created = adoption.isNew();
        long partnerId = adoption.getPartner().getId();
        if (adoptions.existsByPartnerIdAndSoftwareIdAndIdNot(
                partnerId, adoption.getSoftware().getId(), created ? -1 : adoption.getId())) {
            throw new DuplicateRecordException("software");
        }
        Agreement agreement = adoption.getAgreement();
        if (agreement != null
                && !entityManager
                        .find(Agreement.class, agreement.getId())
                        .getPartner()
                        .getId()
                        .equals(partnerId)) {
            throw new RuleViolationException("agreement", "adoption.error.agreement-partner");
        }
        Map<String, String> before = created
                ? Map.of()
                : adoptions
                        .findWithDetails(adoption.getId())
                        .map(Adoption::auditValues)
                        .orElseThrow(StaleRecordException::new);
        Adoption saved = RecordWrites.translate(UNIQUE_ADOPTION, () -> adoptions.saveAndFlush(adoption));
        Hibernate.initialize(saved.getPartner());
        Hibernate.initialize(saved.getSoftware());
        Hibernate.initialize(saved.getAgreement());
        audit.recordChange(
                Adoption.RECORD_TYPE, saved.getId(), created ? AuditAction.CREATE : AuditAction.UPDATE, saved, before);
        return saved;
    }

    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public void delete(Adoption adoption) {
        Adoption current = adoptions.findWithDetails(adoption.getId()).orElseThrow(StaleRecordException::new);
        RecordWrites.requireVersion(current, adoption);
        Map<String, String> before = current.auditValues();
        adoptions.delete(current);
        adoptions.flush();
        audit.recordChange(Adoption.RECORD_TYPE, current.getId(), AuditAction.DELETE, current, before);
    }

    /** Partners and agreements that adoptions refer to cannot be deleted. */
    @EventListener
    void onDeletionCheck(DeletionCheck check) {
        long id = check.recordId();
        if (check.concerns(Partner.RECORD_TYPE)) {
            check.heldBy(
                    Adoption.RECORD_TYPE,
                    adoptions.countByPartnerId(id),
                    adoptions.softwareOfPartner(id, Limit.of(EXAMPLES)));
        } else if (check.concerns(Agreement.RECORD_TYPE)) {
            check.heldBy(
                    Adoption.RECORD_TYPE,
                    adoptions.countByAgreementId(id),
                    adoptions.adoptionsUnderAgreement(id, Limit.of(EXAMPLES)));
        }
    }

    static Specification<Software> specification(SoftwareFilter filter) {
        return (root, query, builder) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.text() != null) {
                predicates.add(builder.or(
                        TextSearch.contains(builder, root.get("name"), filter.text()),
                        TextSearch.contains(builder, root.get("acronym"), filter.text())));
            }
            if (filter.category() != null) {
                predicates.add(builder.equal(root.get("category"), filter.category()));
            }
            if (filter.kpkRecommended() != null) {
                predicates.add(builder.equal(root.get("kpkRecommended"), filter.kpkRecommended()));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
    }

    static Specification<Adoption> specification(AdoptionFilter filter) {
        return (root, query, builder) -> {
            if (!isCount(query)) {
                root.fetch("partner");
                root.fetch("software");
                root.fetch("agreement", JoinType.LEFT);
            }
            List<Predicate> predicates = new ArrayList<>();
            if (filter.text() != null) {
                predicates.add(TextSearch.contains(builder, root.get("partner").get("name"), filter.text()));
            }
            if (filter.softwareId() != null) {
                predicates.add(builder.equal(root.get("software").get("id"), filter.softwareId()));
            }
            if (filter.partnerId() != null) {
                predicates.add(builder.equal(root.get("partner").get("id"), filter.partnerId()));
            }
            if (filter.status() != null) {
                predicates.add(builder.equal(root.get("status"), filter.status()));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static boolean isCount(CriteriaQuery<?> query) {
        return query.getResultType() == Long.class || query.getResultType() == long.class;
    }
}
