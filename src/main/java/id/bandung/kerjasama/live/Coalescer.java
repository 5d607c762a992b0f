package id.bandung.kerjasama.live;

import org.springframework.scheduling.TaskScheduler;

/**
 * Turns a burst of changes into at most one refresh per interval: the first change of a quiet period refreshes at
 * once, later ones wait for the interval to pass and then share one refresh. No change is ever dropped: a change
 * that arrives while a refresh is waiting is covered by that refresh, which reads the database after it. The
 * scheduler's clock tells the time; a wait never exceeds the interval, even when that clock is set back.
 */
final class Coalescer {

    private final TaskScheduler scheduler;
    private final long intervalMillis;
    private final Runnable refresh;
    private long lastRefresh = Long.MIN_VALUE / 2;
    private boolean waiting;

    Coalescer(TaskScheduler scheduler, long intervalMillis, Runnable refresh) {
        this.scheduler = scheduler;
        this.intervalMillis = intervalMillis;
        this.refresh = refresh;
    }

    synchronized void changed() {
        if (waiting) {
            return;
        }
        waiting = true;
        long now = scheduler.getClock().millis();
        long wait = Math.min(intervalMillis, Math.max(0, lastRefresh + intervalMillis - now));
        scheduler.schedule(this::fire, scheduler.getClock().instant().plusMillis(wait));
    }

    private void fire() {
        synchronized (this) {
            waiting = false;
            lastRefresh = scheduler.getClock().millis();
        }
        refresh.run();
    }
}
