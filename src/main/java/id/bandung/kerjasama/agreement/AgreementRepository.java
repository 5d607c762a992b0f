package id.bandung.kerjasama.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementRepository extends JpaRepository<Agreement, Long> {

    @Query("""
            select a from Agreement a join fetch a.partner left join fetch a.parent left join fetch a.predecessor
            left join fetch a.fields
            where a.id = :id""")
    Optional<Agreement> findWithDetails(long id);

    long countByPartnerId(long partnerId);

    @Query("select a.title from Agreement a where a.partner.id = :partnerId order by a.title")
    List<String> titlesOfPartner(long partnerId, Limit limit);

    long countByParentId(long parentId);

    @Query("select a.title from Agreement a where a.parent.id = :parentId order by a.title")
    List<String> titlesOfChildren(long parentId, Limit limit);

    boolean existsByPredecessorId(long predecessorId);

    @Query("""
            select new id.bandung.kerjasama.agreement.AgreementChoice(a.id, a.title, a.partner.id)
            from Agreement a where a.predecessor.id = :predecessorId""")
    Optional<AgreementChoice> findSuccessor(long predecessorId);
}
