package id.bandung.kerjasama.presentation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Wakes an open display screen when its link expires. Nothing in the database changes at that moment, so no change
 * notification would tell the screen; this timer does, through server push, as a revocation's notification does.
 */
@Component
class DisplayExpiry {

    /** Past the expiry instant, so that the link's own check already sees it expired. */
    private static final Duration MARGIN = Duration.ofMillis(200);

    private final Clock clock;
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "display-expiry");
        thread.setDaemon(true);
        return thread;
    });

    DisplayExpiry(Clock clock) {
        this.clock = clock;
        // A screen closed long before its link expires (a year, say) must not stay in the queue holding its UI.
        timer.setRemoveOnCancelPolicy(true);
    }

    /** Screens waiting for their link to expire; for tests. */
    int waiting() {
        return timer.getQueue().size();
    }

    /** Runs {@code expired} in {@code ui} just after {@code when}, unless the returned registration is removed. */
    Registration at(Instant when, UI ui, Runnable expired) {
        long delay = Duration.between(clock.instant(), when).plus(MARGIN).toMillis();
        ScheduledFuture<?> task =
                timer.schedule(() -> ui.access(expired::run), Math.max(delay, 0), TimeUnit.MILLISECONDS);
        return () -> task.cancel(false);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
