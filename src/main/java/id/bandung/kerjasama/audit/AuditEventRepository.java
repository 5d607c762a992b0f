package id.bandung.kerjasama.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    List<AuditEvent> findByRecordTypeAndRecordIdOrderByOccurredAtDescIdDesc(String recordType, Long recordId);

    @Query("select distinct e.username from AuditEvent e order by e.username")
    List<String> usernames();

    @Query("select distinct e.recordType from AuditEvent e order by e.recordType")
    List<String> recordTypes();
}
