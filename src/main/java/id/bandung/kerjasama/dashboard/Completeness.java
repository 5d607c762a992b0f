package id.bandung.kerjasama.dashboard;

import id.bandung.kerjasama.agreement.AgreementGap;
import id.bandung.kerjasama.partner.PartnerGap;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the register still lacks: for every gap, how many records have it. Each count leads to the list filtered by
 * its gap ({@code agreements?missing=NUMBER}, {@code partners?missing=COORDINATES}).
 */
public record Completeness(Map<AgreementGap, Long> agreements, Map<PartnerGap, Long> partners) {

    public Completeness {
        agreements = Collections.unmodifiableMap(new EnumMap<>(agreements));
        partners = Collections.unmodifiableMap(new EnumMap<>(partners));
    }

    public long agreements(AgreementGap gap) {
        return agreements.get(gap);
    }

    public long partners(PartnerGap gap) {
        return partners.get(gap);
    }
}
