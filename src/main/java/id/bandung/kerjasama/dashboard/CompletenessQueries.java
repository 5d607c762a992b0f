package id.bandung.kerjasama.dashboard;

import id.bandung.kerjasama.agreement.AgreementGap;
import id.bandung.kerjasama.partner.PartnerGap;
import id.bandung.kerjasama.security.Roles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The completeness panel's counts: how many records lack each thing the register should hold, counted by PostgreSQL
 * in one query, one {@code count(*) filter (where …)} per gap. The conditions are the gaps' own
 * ({@link AgreementGap#condition()}, {@link PartnerGap#condition()}), the same the filtered lists use, so a count and
 * the list it links to cannot disagree. For staff, who can fill the gaps.
 */
@Service
@Transactional(readOnly = true)
public class CompletenessQueries {

    private static final String SQL = "select * from (select "
            + counts(AgreementGap.values(), AgreementGap::condition, "agreement_")
            + " from agreement a) agreements cross join (select "
            + counts(PartnerGap.values(), PartnerGap::condition, "partner_")
            + " from partner p) partners";

    private final JdbcClient jdbc;

    CompletenessQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize(Roles.CAN_EDIT)
    public Completeness completeness() {
        return jdbc.sql(SQL).query(CompletenessQueries::row).single();
    }

    private static Completeness row(ResultSet rs, int rowNumber) throws SQLException {
        Map<AgreementGap, Long> agreements = new EnumMap<>(AgreementGap.class);
        for (AgreementGap gap : AgreementGap.values()) {
            agreements.put(gap, rs.getLong("agreement_" + gap.name().toLowerCase()));
        }
        Map<PartnerGap, Long> partners = new EnumMap<>(PartnerGap.class);
        for (PartnerGap gap : PartnerGap.values()) {
            partners.put(gap, rs.getLong("partner_" + gap.name().toLowerCase()));
        }
        return new Completeness(agreements, partners);
    }

    /** {@code count(*) filter (where <condition>) as <prefix><gap>, …}; the names are the enums', never input. */
    private static <G extends Enum<G>> String counts(G[] gaps, Function<G, String> condition, String prefix) {
        return Arrays.stream(gaps)
                .map(gap -> "count(*) filter (where " + condition.apply(gap) + ") as " + prefix
                        + gap.name().toLowerCase())
                .collect(Collectors.joining(", "));
    }
}
