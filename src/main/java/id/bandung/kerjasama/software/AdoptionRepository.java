package id.bandung.kerjasama.software;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdoptionRepository extends JpaRepository<Adoption, Long> {
}
