package id.bandung.kerjasama.partner;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PartnerRepository extends JpaRepository<Partner, Long>, JpaSpecificationExecutor<Partner> {

    boolean existsByNameIgnoreCaseAndCountryAndIdNot(String name, String country, long id);
}
