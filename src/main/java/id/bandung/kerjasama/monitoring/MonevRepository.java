package id.bandung.kerjasama.monitoring;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MonevRepository extends JpaRepository<MonevReport, Long> {

    @Query("select r from MonevReport r join fetch r.agreement where r.id = :id")
    Optional<MonevReport> findWithAgreement(long id);
}
