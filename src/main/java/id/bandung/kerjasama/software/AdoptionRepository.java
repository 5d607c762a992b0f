package id.bandung.kerjasama.software;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AdoptionRepository extends JpaRepository<Adoption, Long> {

    @Query("""
            select a from Adoption a join fetch a.partner join fetch a.software left join fetch a.agreement
            where a.id = :id""")
    Optional<Adoption> findWithDetails(long id);

    @Query("select count(g) > 0 from Agreement g where g.id = :agreementId and g.partner.id = :partnerId")
    boolean agreementBelongsTo(long agreementId, long partnerId);

    long countByPartnerId(long partnerId);

    long countBySoftwareId(long softwareId);

    long countByAgreementId(long agreementId);

    @Query("select s.name from Adoption a join a.software s where a.partner.id = :partnerId order by s.name")
    List<String> softwareOfPartner(long partnerId, Limit limit);

    @Query("select p.name from Adoption a join a.partner p where a.software.id = :softwareId order by p.name")
    List<String> partnersOfSoftware(long softwareId, Limit limit);

    @Query("""
            select s.name || ' – ' || p.name from Adoption a join a.software s join a.partner p
            where a.agreement.id = :agreementId order by s.name""")
    List<String> adoptionsUnderAgreement(long agreementId, Limit limit);
}
