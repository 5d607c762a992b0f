package id.bandung.kerjasama.audit;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findTop50ByUsernameOrderByOccurredAtDesc(String username);
}
