package id.bandung.kerjasama.partner;

import id.bandung.kerjasama.audit.AuditedWrites;
import id.bandung.kerjasama.base.domain.DuplicateRecordException;
import id.bandung.kerjasama.base.domain.RecordWrites;
import id.bandung.kerjasama.base.domain.StaleRecordException;
import id.bandung.kerjasama.security.Roles;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partners for the editor: read by anyone signed in; created, changed and deleted by staff, with an audit trail. */
@Service
@Transactional(readOnly = true)
public class PartnerService {

    private static final Map<String, String> UNIQUE = Map.of("partner_name_country_key", "name");

    private final PartnerRepository repository;
    private final AuditedWrites writes;

    PartnerService(PartnerRepository repository, AuditedWrites writes) {
        this.repository = repository;
        this.writes = writes;
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<Partner> find(long id) {
        return repository.findById(id);
    }

    /**
     * The stored partner, for another record that refers to it (an agreement's, an adoption's); refused with
     * {@link StaleRecordException} when it was deleted since it was offered.
     */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Partner reference(long id) {
        return repository.findById(id).orElseThrow(StaleRecordException::new);
    }

    /** Creates or updates; a partner with the same name (any letter case) and country is refused. */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public Partner save(Partner partner) {
        RecordWrites.requireValid(partner); // before the query below sees the name
        partner.setName(partner.getName().strip());
        if (repository.existsByNameIgnoreCaseAndCountryAndIdNot(
                partner.getName(), partner.getCountry(), partner.isNew() ? -1 : partner.getId())) {
            throw new DuplicateRecordException("name");
        }
        return writes.save(Partner.RECORD_TYPE, repository, partner, UNIQUE);
    }

    /** Deletes a partner no agreement or adoption refers to; otherwise says which records hold it. */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public void delete(Partner partner) {
        writes.delete(Partner.RECORD_TYPE, repository, partner);
    }
}
