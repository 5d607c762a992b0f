package id.bandung.kerjasama.partner;

import id.bandung.kerjasama.audit.AuditAction;
import id.bandung.kerjasama.audit.AuditService;
import id.bandung.kerjasama.base.domain.DeletionCheck;
import id.bandung.kerjasama.base.domain.DuplicateRecordException;
import id.bandung.kerjasama.base.domain.Exports;
import id.bandung.kerjasama.base.domain.RecordWrites;
import id.bandung.kerjasama.base.domain.StablePages;
import id.bandung.kerjasama.base.domain.StaleRecordException;
import id.bandung.kerjasama.base.domain.TextSearch;
import id.bandung.kerjasama.security.Roles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partners: found, read and exported by anyone signed in; created, changed and deleted by staff, with an audit trail. */
@Service
@Transactional(readOnly = true)
public class PartnerService {

    private static final Sort DEFAULT_SORT = Sort.by("name");
    private static final Map<String, String> UNIQUE = Map.of("partner_name_country_key", "name");

    private final PartnerRepository repository;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    PartnerService(
            PartnerRepository repository,
            AuditService audit,
            ApplicationEventPublisher events,
            EntityManager entityManager) {
        this.repository = repository;
        this.audit = audit;
        this.events = events;
        this.entityManager = entityManager;
    }

    /** One page of the filtered list, without counting (the list counts separately). */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public List<Partner> list(PartnerFilter filter, Pageable pageable) {
        Pageable page = StablePages.of(pageable, DEFAULT_SORT);
        return repository
                .findBy(specification(filter), query -> query.slice(page))
                .getContent();
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public long count(PartnerFilter filter) {
        return repository.count(specification(filter));
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public long count() {
        return repository.count();
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<Partner> find(long id) {
        return repository.findById(id);
    }

    /** Every partner the filter selects, in batches, without holding them all in memory. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public void export(PartnerFilter filter, Consumer<Partner> sink) {
        Exports.scroll(repository, specification(filter), entityManager, sink);
    }

    /** Creates or updates; a partner with the same name (any letter case) and country is refused. */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public Partner save(Partner partner) {
        RecordWrites.requireValid(partner);
        boolean created = partner.isNew();
        long id = created ? -1 : partner.getId();
        if (repository.existsByNameIgnoreCaseAndCountryAndIdNot(
                partner.getName().strip(), partner.getCountry(), id)) {
            throw new DuplicateRecordException("name");
        }
        Map<String, String> before = created
                ? Map.of()
                : repository.findById(id).map(Partner::auditValues).orElseThrow(StaleRecordException::new);
        partner.setName(partner.getName().strip());
        Partner saved = RecordWrites.translate(UNIQUE, () -> repository.saveAndFlush(partner));
        audit.recordChange(
                Partner.RECORD_TYPE, saved.getId(), created ? AuditAction.CREATE : AuditAction.UPDATE, saved, before);
        return saved;
    }

    /** Deletes a partner no agreement or adoption refers to; otherwise says which records hold it. */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public void delete(Partner partner) {
        Partner current = repository.findById(partner.getId()).orElseThrow(StaleRecordException::new);
        RecordWrites.requireVersion(current, partner);
        DeletionCheck check = new DeletionCheck(Partner.RECORD_TYPE, current.getId());
        events.publishEvent(check);
        check.refuseIfHeld();
        Map<String, String> before = current.auditValues();
        RecordWrites.translate(Map.of(), () -> {
            repository.delete(current);
            repository.flush();
            return null;
        });
        audit.recordChange(Partner.RECORD_TYPE, current.getId(), AuditAction.DELETE, current, before);
    }

    static Specification<Partner> specification(PartnerFilter filter) {
        return (root, query, builder) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.text() != null) {
                predicates.add(TextSearch.contains(builder, root.get("name"), filter.text()));
            }
            if (filter.kind() != null) {
                predicates.add(builder.equal(root.get("kind"), filter.kind()));
            }
            if (filter.country() != null) {
                predicates.add(builder.equal(root.get("country"), filter.country()));
            }
            if (filter.province() != null) {
                predicates.add(builder.equal(root.get("province"), filter.province()));
            }
            if (filter.bordersBandung() != null) {
                predicates.add(builder.equal(root.get("bordersBandung"), filter.bordersBandung()));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
    }
}
