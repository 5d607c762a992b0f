package id.bandung.kerjasama.agreement;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The signed, scanned document (PDF) of an agreement, in its own table so that lists never load it. Written by
 * {@link DocumentService#attach} with JDBC, which streams the content; read here.
 */
@Entity
@Table(name = "agreement_document")
public class AgreementDocument {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final int FILE_NAME_MAX = 255;

    @Id
    @Column(name = "agreement_id")
    private Long agreementId;

    @Column(nullable = false, length = FILE_NAME_MAX)
    private String fileName;

    @Column(nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false)
    private Instant uploadedAt;

    @Column(nullable = false, length = 64)
    private String uploadedBy;

    protected AgreementDocument() {}

    public Long getAgreementId() {
        return agreementId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
