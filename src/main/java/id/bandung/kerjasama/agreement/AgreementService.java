package id.bandung.kerjasama.agreement;

import id.bandung.kerjasama.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Agreements: read by anyone signed in, changed by staff. */
@Service
@Transactional(readOnly = true)
public class AgreementService {

    private final AgreementRepository repository;

    AgreementService(AgreementRepository repository) {
        this.repository = repository;
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<Agreement> find(long id) {
        return repository.findById(id);
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public long count() {
        return repository.count();
    }

    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public Agreement save(Agreement agreement) {
        return repository.saveAndFlush(agreement);
    }
}
