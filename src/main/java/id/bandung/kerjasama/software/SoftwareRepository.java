package id.bandung.kerjasama.software;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface SoftwareRepository extends JpaRepository<Software, Long>, JpaSpecificationExecutor<Software> {

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

    /** Partners that have adopted each of the given applications (status ADOPTED). */
    @Query("""
            select a.software.id as softwareId, count(a) as adoptions from Adoption a
            where a.software.id in :ids and a.status = 'ADOPTED' group by a.software.id""")
    List<AdoptionCount> adoptedCounts(Collection<Long> ids);

    interface AdoptionCount {
        long getSoftwareId();

        long getAdoptions();
    }
}
