package id.bandung.kerjasama.software;

import id.bandung.kerjasama.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Shared software and its adoptions by partners: read by anyone signed in, changed by staff. */
@Service
@Transactional(readOnly = true)
public class SoftwareService {

    private final SoftwareRepository software;
    private final AdoptionRepository adoptions;

    SoftwareService(SoftwareRepository software, AdoptionRepository adoptions) {
        this.software = software;
        this.adoptions = adoptions;
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public long countSoftware() {
        return software.count();
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public long countAdoptions() {
        return adoptions.count();
    }

    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public Software save(Software item) {
        return software.saveAndFlush(item);
    }

    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public Adoption save(Adoption adoption) {
        return adoptions.saveAndFlush(adoption);
    }
}
