package id.bandung.kerjasama.audit;

import org.springframework.data.jpa.repository.JpaRepository;

/** Only writes: {@link AuditQueries} reads the log. */
interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {}
