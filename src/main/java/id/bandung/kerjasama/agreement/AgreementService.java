package id.bandung.kerjasama.agreement;

import id.bandung.kerjasama.audit.AuditAction;
import id.bandung.kerjasama.audit.AuditService;
import id.bandung.kerjasama.base.domain.Actor;
import id.bandung.kerjasama.base.domain.DeletionCheck;
import id.bandung.kerjasama.base.domain.Exports;
import id.bandung.kerjasama.base.domain.RecordWrites;
import id.bandung.kerjasama.base.domain.RuleViolationException;
import id.bandung.kerjasama.base.domain.StablePages;
import id.bandung.kerjasama.base.domain.StaleRecordException;
import id.bandung.kerjasama.base.domain.TextSearch;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.security.Roles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.hibernate.Hibernate;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements and their signed documents: found, read and exported by anyone signed in; created, changed and
 * deleted by staff, with an audit trail. The status is computed from the dates, in Java for one agreement and in SQL
 * for filters ({@link #statusIs}), by the same rule as {@link AgreementStatus#of}.
 */
@Service
@Transactional(readOnly = true)
public class AgreementService {

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final int EXAMPLES = 3;

    private final AgreementRepository repository;
    private final AgreementDocumentRepository documents;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AgreementService(
            AgreementRepository repository,
            AgreementDocumentRepository documents,
            AuditService audit,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            JdbcTemplate jdbc,
            Clock clock) {
        this.repository = repository;
        this.documents = documents;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** One page of the filtered list with each agreement's partner and fields, without counting. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public List<Agreement> list(AgreementFilter filter, Pageable pageable) {
        boolean defaultOrder = pageable.getSort().isUnsorted();
        Pageable page = defaultOrder
                ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())
                : StablePages.of(pageable, Sort.unsorted());
        Specification<Agreement> specification = defaultOrder
                ? specification(filter, today()).and(defaultOrder(filter))
                : specification(filter, today());
        List<Agreement> rows =
                repository.findBy(specification, query -> query.slice(page)).getContent();
        rows.forEach(row -> Hibernate.initialize(row.getFields()));
        return rows;
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public long count(AgreementFilter filter) {
        return repository.count(specification(filter, today()));
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public long count() {
        return repository.count();
    }

    /** An agreement with its partner, parent and fields, ready for the editor. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<Agreement> find(long id) {
        return repository.findWithDetails(id);
    }

    /** The memoranda (Kesepakatan Bersama) of a partner that an implementing agreement may name as its parent. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public List<Agreement> memorandaOf(long partnerId) {
        return repository.findMemorandaOf(partnerId);
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<DocumentInfo> documentInfo(long agreementId) {
        return documents.findInfo(agreementId);
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<AgreementDocument> document(long agreementId) {
        return documents.findById(agreementId);
    }

    /** Every agreement the filter selects, in batches with their partners and fields, never all in memory. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public void export(AgreementFilter filter, Consumer<Agreement> sink) {
        Exports.scroll(repository, specification(filter, today()), entityManager, agreement -> {
            Hibernate.initialize(agreement.getFields());
            sink.accept(agreement);
        });
    }

    /** Creates or updates, after the rules that tie fields together. */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public Agreement save(Agreement agreement) {
        boolean created = agreement.isNew();
        checkRules(agreement);
        RecordWrites.requireValid(agreement);
        Map<String, String> before = created
                ? Map.of()
                : repository
                        .findWithDetails(agreement.getId())
                        .map(Agreement::auditValues)
                        .orElseThrow(StaleRecordException::new);
        agreement.setTitle(agreement.getTitle().strip());
        Agreement saved = RecordWrites.translate(Map.of(), () -> repository.saveAndFlush(agreement));
        audit.recordChange(
                Agreement.RECORD_TYPE, saved.getId(), created ? AuditAction.CREATE : AuditAction.UPDATE, saved, before);
        Hibernate.initialize(saved.getPartner());
        Hibernate.initialize(saved.getParent());
        Hibernate.initialize(saved.getFields());
        return saved;
    }

    /**
     * Deletes an agreement nothing refers to: not an implementing agreement (PKS) naming it as parent, nor an
     * adoption made under it. Its document goes with it.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public void delete(Agreement agreement) {
        Agreement current = repository.findWithDetails(agreement.getId()).orElseThrow(StaleRecordException::new);
        RecordWrites.requireVersion(current, agreement);
        DeletionCheck check = new DeletionCheck(Agreement.RECORD_TYPE, current.getId());
        check.heldBy(
                "ChildAgreement",
                repository.countByParentId(current.getId()),
                repository.titlesOfChildren(current.getId(), Limit.of(EXAMPLES)));
        events.publishEvent(check);
        check.refuseIfHeld();
        Map<String, String> before = current.auditValues();
        RecordWrites.translate(Map.of(), () -> {
            documents.findById(current.getId()).ifPresent(documents::delete);
            repository.delete(current);
            repository.flush();
            return null;
        });
        audit.recordChange(Agreement.RECORD_TYPE, current.getId(), AuditAction.DELETE, current, before);
    }

    /**
     * Stores the signed document of a saved agreement, replacing any earlier one. Only a PDF (recognised by its
     * content) of at most 20 MB is taken. The content is streamed into the database, never held whole in memory:
     * {@code size} must be its exact length (the upload has it in a temporary file).
     */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public DocumentInfo attachDocument(long agreementId, String fileName, InputStream content, long size) {
        if (size <= 0) {
            throw new DocumentRejectedException("agreement.document.empty");
        }
        if (size > AgreementDocument.MAX_BYTES) {
            throw new DocumentRejectedException("agreement.document.too-large");
        }
        InputStream in = new BufferedInputStream(content);
        if (!isPdf(in)) {
            throw new DocumentRejectedException("agreement.document.not-pdf");
        }
        Agreement agreement = repository.findById(agreementId).orElseThrow(StaleRecordException::new);
        String name = safeFileName(fileName);
        String previous =
                documents.findInfo(agreementId).map(DocumentInfo::fileName).orElse(null);
        // JDBC rather than the entity: Hibernate would want the whole content as one byte[].
        jdbc.update("delete from agreement_document where agreement_id = ?", agreementId);
        jdbc.update("""
                insert into agreement_document (agreement_id, file_name, content_type, size_bytes, content,
                                                uploaded_at, uploaded_by)
                values (?, ?, 'application/pdf', ?, ?, ?, ?)""", statement -> {
            statement.setLong(1, agreementId);
            statement.setString(2, name);
            statement.setLong(3, size);
            statement.setBinaryStream(4, in, size);
            statement.setObject(5, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            statement.setString(6, Actor.currentName());
        });
        audit.recordChange(Agreement.RECORD_TYPE, agreementId, agreement.getTitle(), "document", previous, name);
        return documents.findInfo(agreementId).orElseThrow();
    }

    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public void removeDocument(long agreementId) {
        Agreement agreement = repository.findById(agreementId).orElseThrow(StaleRecordException::new);
        documents.findById(agreementId).ifPresent(document -> {
            documents.delete(document);
            audit.recordChange(
                    Agreement.RECORD_TYPE, agreementId, agreement.getTitle(), "document", document.getFileName(), null);
        });
    }

    /** Partners that agreements refer to cannot be deleted. */
    @EventListener
    void onDeletionCheck(DeletionCheck check) {
        if (check.concerns(Partner.RECORD_TYPE)) {
            check.heldBy(
                    Agreement.RECORD_TYPE,
                    repository.countByPartnerId(check.recordId()),
                    repository.titlesOfPartner(check.recordId(), Limit.of(EXAMPLES)));
        }
    }

    private void checkRules(Agreement agreement) {
        if (agreement.getCategory() != null
                && agreement.getCategory().hasObligation()
                && agreement.getObligation() == null) {
            throw new RuleViolationException("obligation", "agreement.error.obligation-required");
        }
        if (agreement.getCategory() != null
                && !agreement.getCategory().hasObligation()
                && agreement.getObligation() != null) {
            throw new RuleViolationException("obligation", "agreement.error.obligation-only-ksdd");
        }
        if (agreement.getStartOn() != null
                && agreement.getEndOn() != null
                && agreement.getEndOn().isBefore(agreement.getStartOn())) {
            throw new RuleViolationException("endOn", "agreement.error.end-before-start");
        }
        Agreement parent = agreement.getParent();
        if (parent != null) {
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
        if ((agreement.getTerminatedOn() == null)
                != (agreement.getTerminationReason() == null
                        || agreement.getTerminationReason().isBlank())) {
            throw new RuleViolationException("terminationReason", "agreement.error.termination");
        }
    }

    /** Whether the stream starts like a PDF; it is reset to where it was. */
    static boolean isPdf(InputStream content) {
        try {
            content.mark(PDF_MAGIC.length);
            byte[] head = content.readNBytes(PDF_MAGIC.length);
            content.reset();
            return Arrays.equals(head, PDF_MAGIC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's own name, without any path, at most 255 characters, ending in .pdf. */
    static String safeFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty()) {
            name = "naskah.pdf";
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            name = name + ".pdf";
        }
        return name.length() > AgreementDocument.FILE_NAME_MAX
                ? name.substring(name.length() - AgreementDocument.FILE_NAME_MAX)
                : name;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static Specification<Agreement> specification(AgreementFilter filter, LocalDate today) {
        return (root, query, builder) -> {
            if (!isCount(query)) {
                root.fetch("partner");
            }
            List<Predicate> predicates = new ArrayList<>();
            if (filter.text() != null) {
                predicates.add(builder.or(
                        TextSearch.contains(builder, root.get("title"), filter.text()),
                        TextSearch.contains(builder, root.get("bandungNumber"), filter.text()),
                        TextSearch.contains(builder, root.get("partnerNumber"), filter.text())));
            }
            if (filter.category() != null) {
                predicates.add(builder.equal(root.get("category"), filter.category()));
            }
            if (filter.obligation() != null) {
                predicates.add(builder.equal(root.get("obligation"), filter.obligation()));
            }
            if (filter.status() != null) {
                predicates.add(statusIs(root, builder, filter.status(), today));
            }
            if (filter.field() != null) {
                predicates.add(builder.equal(root.join("fields"), filter.field()));
            }
            if (filter.partnerId() != null) {
                predicates.add(builder.equal(root.get("partner").get("id"), filter.partnerId()));
            }
            if (filter.documentKind() != null) {
                predicates.add(builder.equal(root.get("documentKind"), filter.documentKind()));
            }
            if (filter.signedFrom() != null) {
                predicates.add(builder.greaterThanOrEqualTo(root.get("signedOn"), filter.signedFrom()));
            }
            if (filter.signedTo() != null) {
                predicates.add(builder.lessThanOrEqualTo(root.get("signedOn"), filter.signedTo()));
            }
            if (filter.expiringWithinDays() != null) {
                Path<LocalDate> end = root.get("endOn");
                predicates.add(builder.and(
                        inForce(root, builder, today),
                        builder.between(end, today, today.plusDays(filter.expiringWithinDays()))));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
    }

    /**
     * The list's order when the user has not chosen one, the most useful for what the filter asks: those ending
     * soonest first when looking at expiring agreements, the most recently ended first for expired or terminated
     * ones, otherwise the most recently signed first with drafts last. Each has an index (V001-V003). Spring Data's
     * sorting cannot say "nulls last", so the query says it.
     */
    private static Specification<Agreement> defaultOrder(AgreementFilter filter) {
        return (root, query, builder) -> {
            if (!isCount(query)) {
                HibernateCriteriaBuilder criteria = (HibernateCriteriaBuilder) builder;
                AgreementStatus status = filter.status();
                if (status == AgreementStatus.EXPIRING || filter.expiringWithinDays() != null) {
                    query.orderBy(builder.asc(root.get("endOn")), builder.asc(root.get("id")));
                } else if (status == AgreementStatus.EXPIRED) {
                    query.orderBy(builder.desc(root.get("endOn")), builder.desc(root.get("id")));
                } else if (status == AgreementStatus.TERMINATED) {
                    query.orderBy(builder.desc(root.get("terminatedOn")), builder.desc(root.get("id")));
                } else {
                    query.orderBy(criteria.desc(root.get("signedOn"), false), builder.asc(root.get("id")));
                }
            }
            return null;
        };
    }

    /** {@link AgreementStatus#of} as SQL. */
    static Predicate statusIs(Root<Agreement> root, CriteriaBuilder builder, AgreementStatus status, LocalDate today) {
        Path<LocalDate> signed = root.get("signedOn");
        Path<LocalDate> end = root.get("endOn");
        Path<LocalDate> terminated = root.get("terminatedOn");
        Predicate notTerminated = builder.or(builder.isNull(terminated), builder.greaterThan(terminated, today));
        LocalDate horizon = today.plusDays(AgreementStatus.EXPIRING_WITHIN_DAYS);
        return switch (status) {
            case TERMINATED -> builder.lessThanOrEqualTo(terminated, today);
            case DRAFT -> builder.and(notTerminated, builder.isNull(signed));
            case EXPIRED -> builder.and(notTerminated, builder.isNotNull(signed), builder.lessThan(end, today));
            case EXPIRING ->
                builder.and(notTerminated, builder.isNotNull(signed), builder.between(end, today, horizon));
            case ACTIVE ->
                builder.and(
                        notTerminated,
                        builder.isNotNull(signed),
                        builder.or(builder.isNull(end), builder.greaterThan(end, horizon)));
        };
    }

    private static Predicate inForce(Root<Agreement> root, CriteriaBuilder builder, LocalDate today) {
        return builder.or(
                statusIs(root, builder, AgreementStatus.ACTIVE, today),
                statusIs(root, builder, AgreementStatus.EXPIRING, today));
    }

    private static boolean isCount(CriteriaQuery<?> query) {
        return query.getResultType() == Long.class || query.getResultType() == long.class;
    }
}
