package id.bandung.kerjasama.seed.ui;

import id.bandung.kerjasama.base.ui.SampleDataStatus;
import id.bandung.kerjasama.seed.SampleDataService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Tells the app shell whether sample data is present; asks the database at most every few seconds. */
@Component
class CachedSampleDataStatus implements SampleDataStatus {

    private static final Duration FRESHNESS = Duration.ofSeconds(5);

    private final SampleDataService sampleData;
    private final Clock clock;
    private volatile Instant checkedAt = Instant.MIN;
    private volatile boolean present;

    CachedSampleDataStatus(SampleDataService sampleData, Clock clock) {
        this.sampleData = sampleData;
        this.clock = clock;
    }

    @Override
    public boolean present() {
        Instant now = clock.instant();
        if (checkedAt.plus(FRESHNESS).isBefore(now)) {
            present = sampleData.isPresent();
            checkedAt = now;
        }
        return present;
    }
}
