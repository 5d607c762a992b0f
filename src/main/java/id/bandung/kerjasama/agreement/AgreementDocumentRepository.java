package id.bandung.kerjasama.agreement;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface AgreementDocumentRepository extends JpaRepository<AgreementDocument, Long> {

    @Query("""
            select new id.bandung.kerjasama.agreement.DocumentInfo(d.fileName, d.sizeBytes, d.uploadedAt, d.uploadedBy)
            from AgreementDocument d where d.agreementId = :agreementId""")
    Optional<DocumentInfo> findInfo(long agreementId);
}
