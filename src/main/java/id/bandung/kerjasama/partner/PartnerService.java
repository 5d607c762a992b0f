package id.bandung.kerjasama.partner;

import id.bandung.kerjasama.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Partners: read by anyone signed in, changed by staff. */
@Service
@Transactional(readOnly = true)
public class PartnerService {

    private final PartnerRepository repository;

    PartnerService(PartnerRepository repository) {
        this.repository = repository;
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<Partner> find(long id) {
        return repository.findById(id);
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public long count() {
        return repository.count();
    }

    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public Partner save(Partner partner) {
        return repository.saveAndFlush(partner);
    }
}
