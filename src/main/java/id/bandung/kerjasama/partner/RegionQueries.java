package id.bandung.kerjasama.partner;

import id.bandung.kerjasama.security.Roles;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official list of Indonesian regions (V015): the 38 provinces and 514 regencies and cities. The list never
 * changes while the app runs (only a migration changes it), so it is read once and kept.
 */
@Service
@Transactional(readOnly = true)
public class RegionQueries {

    private final JdbcClient jdbc;
    private volatile List<Region> all;

    RegionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every region, by code. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public List<Region> all() {
        List<Region> regions = all;
        if (regions == null) {
            regions = jdbc.sql("select code, province_code, level, name from region order by code")
                    .query((row, number) -> new Region(
                            row.getString(1),
                            row.getString(2),
                            Region.Level.valueOf(row.getString(3)),
                            row.getString(4)))
                    .list();
            all = regions;
        }
        return regions;
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<Region> find(String code) {
        return all().stream().filter(region -> region.code().equals(code)).findFirst();
    }

    /**
     * The regions of a level whose name or code contains {@code text} (any letter case; "kab." reads as
     * "kabupaten"), by code, at most {@code limit}.
     */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public List<Region> search(Region.Level level, String text, int limit) {
        String wanted = RegionNames.normalise(text);
        return all().stream()
                .filter(region -> level == null || region.level() == level)
                .filter(region -> wanted.isEmpty()
                        || RegionNames.normalise(region.name()).contains(wanted)
                        || region.code().startsWith(wanted))
                .limit(Math.max(0, limit))
                .toList();
    }
}
