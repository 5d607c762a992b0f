package id.bandung.kerjasama.agreement;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementRepository extends JpaRepository<Agreement, Long> {
}
