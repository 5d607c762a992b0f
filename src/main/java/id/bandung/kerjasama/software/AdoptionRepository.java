package id.bandung.kerjasama.software;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AdoptionRepository extends JpaRepository<Adoption, Long>, JpaSpecificationExecutor<Adoption> {

    @Query("""
            select a from Adoption a join fetch a.partner join fetch a.software left join fetch a.agreement
            where a.id = :id""")
    Optional<Adoption> findWithDetails(long id);

    boolean existsByPartnerIdAndSoftwareIdAndIdNot(long partnerId, long softwareId, long id);

    long countByPartnerId(long partnerId);

    /** Adoptions, optionally of one software and in one status, from the counts the database keeps (V003). */
    @Query(nativeQuery = true, value = """
            select coalesce(sum(adoptions), 0) from adoption_count_by_software
            where (cast(:softwareId as bigint) is null or software_id = :softwareId)
              and (cast(:status as varchar) is null or status = :status)""")
    long countKeptBySoftware(Long softwareId, String status);

    /** Adoptions of one partner, optionally in one status, from the counts the database keeps (V003). */
    @Query(nativeQuery = true, value = """
            select coalesce(sum(adoptions), 0) from adoption_count_by_partner
            where partner_id = :partnerId and (cast(:status as varchar) is null or status = :status)""")
    long countKeptByPartner(long partnerId, String status);

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
