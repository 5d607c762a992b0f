package id.bandung.kerjasama.software;

import id.bandung.kerjasama.audit.AuditedWrites;
import id.bandung.kerjasama.security.Roles;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The software Bandung shares, for its editor: read by anyone signed in; created, changed and deleted by staff, with an
 * audit trail. Lists read through {@link SoftwareQueries}.
 */
@Service
@Transactional(readOnly = true)
public class SoftwareService {

    private static final Map<String, String> UNIQUE = Map.of("software_name_key", "name");

    private final SoftwareRepository repository;
    private final AuditedWrites writes;

    SoftwareService(SoftwareRepository repository, AuditedWrites writes) {
        this.repository = repository;
        this.writes = writes;
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<Software> find(long id) {
        return repository.findById(id);
    }

    /**
     * Creates or updates; two applications never share a name, whatever its case (the database's unique index, refused
     * as {@link id.bandung.kerjasama.base.domain.DuplicateRecordException} for the name field).
     */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public Software save(Software item) {
        if (item.getName() != null) {
            item.setName(item.getName().strip());
        }
        return writes.save(Software.RECORD_TYPE, repository, item, UNIQUE);
    }

    /** Deletes software that nothing holds; adoptions hold it in any status ({@link AdoptionService}). */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public void delete(Software item) {
        writes.delete(Software.RECORD_TYPE, repository, item);
    }
}
