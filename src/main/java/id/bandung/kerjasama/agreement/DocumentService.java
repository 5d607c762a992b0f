package id.bandung.kerjasama.agreement;

import id.bandung.kerjasama.audit.AuditedWrites;
import id.bandung.kerjasama.base.domain.Actor;
import id.bandung.kerjasama.base.domain.StaleRecordException;
import id.bandung.kerjasama.security.Roles;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed document (PDF) of an agreement: read by anyone signed in; attached, replaced and removed by staff, each
 * change in the agreement's audit trail. A deleted agreement takes its document with it (the foreign key cascades).
 */
@Service
@Transactional(readOnly = true)
public class DocumentService {

    private final AgreementDocumentRepository documents;
    private final AgreementRepository agreements;
    private final AuditedWrites writes;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DocumentService(
            AgreementDocumentRepository documents,
            AgreementRepository agreements,
            AuditedWrites writes,
            JdbcTemplate jdbc,
            Clock clock) {
        this.documents = documents;
        this.agreements = agreements;
        this.writes = writes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The stored document's name, size and uploader, without its content. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<DocumentInfo> info(long agreementId) {
        return documents.findInfo(agreementId);
    }

    /** The stored document with its content. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<AgreementDocument> read(long agreementId) {
        return documents.findById(agreementId);
    }

    /**
     * Stores the signed document of a saved agreement, replacing any earlier one. Only a PDF (recognised by its
     * content) of at most 20 MB is taken. The content is streamed into the database, never held whole in memory:
     * {@code size} must be its exact length (the upload has it in a temporary file).
     */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public DocumentInfo attach(long agreementId, String fileName, InputStream content, long size) {
        if (size <= 0) {
            throw new DocumentRejectedException("agreement.document.empty");
        }
        if (size > AgreementDocument.MAX_BYTES) {
            throw new DocumentRejectedException("agreement.document.too-large");
        }
        InputStream in = new BufferedInputStream(content);
        if (!SignedPdf.isPdf(in)) {
            throw new DocumentRejectedException("agreement.document.not-pdf");
        }
        Agreement agreement = agreements.findById(agreementId).orElseThrow(StaleRecordException::new);
        String name = SignedPdf.fileName(fileName);
        String previous = info(agreementId).map(DocumentInfo::fileName).orElse(null);
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
        writes.recordChange(Agreement.RECORD_TYPE, agreementId, agreement.getTitle(), "document", previous, name);
        return info(agreementId).orElseThrow();
    }

    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public void remove(long agreementId) {
        Agreement agreement = agreements.findById(agreementId).orElseThrow(StaleRecordException::new);
        documents.findById(agreementId).ifPresent(document -> {
            documents.delete(document);
            writes.recordChange(
                    Agreement.RECORD_TYPE, agreementId, agreement.getTitle(), "document", document.getFileName(), null);
        });
    }
}
