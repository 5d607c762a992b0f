package id.bandung.kerjasama.partner;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerRepository extends JpaRepository<Partner, Long> {

    boolean existsByNameIgnoreCaseAndCountryAndIdNot(String name, String country, long id);

    boolean existsByRegionCodeAndIdNot(String regionCode, long id);
}
