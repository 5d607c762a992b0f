package id.bandung.kerjasama.software;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface SoftwareRepository extends JpaRepository<Software, Long>, JpaSpecificationExecutor<Software> {

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

    /** Partners that have adopted each of the given applications (status ADOPTED), from the kept counts (V003). */
    @Query(nativeQuery = true, value = """
            select software_id as softwareId, adoptions from adoption_count_by_software
            where software_id in (:ids) and status = 'ADOPTED'""")
    List<AdoptionCount> adoptedCounts(Collection<Long> ids);

    interface AdoptionCount {
        long getSoftwareId();

        long getAdoptions();
    }
}
