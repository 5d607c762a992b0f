package id.bandung.kerjasama.agreement;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementDocumentRepository extends JpaRepository<AgreementDocument, Long> {

    @Query("""
            select new id.bandung.kerjasama.agreement.DocumentInfo(d.fileName, d.sizeBytes, d.uploadedAt, d.uploadedBy)
            from AgreementDocument d where d.agreementId = :agreementId""")
    Optional<DocumentInfo> findInfo(long agreementId);
}
