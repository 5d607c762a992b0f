package id.bandung.kerjasama.software;

import org.springframework.data.jpa.repository.JpaRepository;

interface SoftwareRepository extends JpaRepository<Software, Long> {}
