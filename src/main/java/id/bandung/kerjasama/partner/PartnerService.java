package id.bandung.kerjasama.partner;

import id.bandung.kerjasama.audit.AuditedWrites;
import id.bandung.kerjasama.base.domain.DuplicateRecordException;
import id.bandung.kerjasama.base.domain.RecordWrites;
import id.bandung.kerjasama.base.domain.RuleViolationException;
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

    private static final Map<String, String> UNIQUE =
            Map.of("partner_name_country_key", "name", "partner_region_code_key", "regionCode");

    private final PartnerRepository repository;
    private final AuditedWrites writes;
    private final RegionQueries regions;

    PartnerService(PartnerRepository repository, AuditedWrites writes, RegionQueries regions) {
        this.repository = repository;
        this.writes = writes;
        this.regions = regions;
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

    /**
     * Creates or updates; a partner with the same name (any letter case) and country is refused, and so is an
     * Indonesian province, regency or city without its code from the official list.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public Partner save(Partner partner) {
        RecordWrites.requireValid(partner); // before the query below sees the name
        partner.setName(partner.getName().strip());
        followRegion(partner);
        if (repository.existsByNameIgnoreCaseAndCountryAndIdNot(
                partner.getName(), partner.getCountry(), partner.isNew() ? -1 : partner.getId())) {
            throw new DuplicateRecordException("name");
        }
        return writes.save(Partner.RECORD_TYPE, repository, partner, UNIQUE);
    }

    /**
     * An Indonesian province, regency or city is a region of the official list and must carry its code; a partner
     * with a region code is that region: an Indonesian partner of the code's level, named and placed in its province
     * as the official list says. One partner per code (a unique index). Partners abroad and other kinds have no code.
     */
    private void followRegion(Partner partner) {
        if (partner.getRegionCode() == null) {
            if (partner.isIndonesian() && Region.Level.of(partner.getKind()) != null) {
                throw new RuleViolationException("regionCode", "partner.region.error.required");
            }
            return;
        }
        Region region = regions.find(partner.getRegionCode())
                .orElseThrow(() -> new RuleViolationException("regionCode", "partner.region.error.unknown"));
        if (!partner.isIndonesian() || Region.Level.of(partner.getKind()) != region.level()) {
            throw new RuleViolationException("regionCode", "partner.region.error.kind");
        }
        if (repository.existsByRegionCodeAndIdNot(region.code(), partner.isNew() ? -1 : partner.getId())) {
            throw new DuplicateRecordException("regionCode");
        }
        partner.setName(region.name());
        partner.setProvince(region.province());
    }

    /** Deletes a partner no agreement or adoption refers to; otherwise says which records hold it. */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public void delete(Partner partner) {
        writes.delete(Partner.RECORD_TYPE, repository, partner);
    }
}
