package id.bandung.kerjasama.live;

/**
 * Turns a burst of changes into at most one refresh per interval: the first change of a quiet period refreshes at
 * once, later ones wait for the interval to pass and then share one refresh. No change is ever dropped: a change
 * that arrives while a refresh is waiting is covered by that refresh, which reads the database after it.
 */
final class Coalescer {

    private final Delays delays;
    private final long intervalMillis;
    private final Runnable refresh;
    private long lastRefresh = Long.MIN_VALUE / 2;
    private boolean waiting;

    Coalescer(Delays delays, long intervalMillis, Runnable refresh) {
        this.delays = delays;
        this.intervalMillis = intervalMillis;
        this.refresh = refresh;
    }

    synchronized void changed() {
        if (waiting) {
            return;
        }
        waiting = true;
        long wait = Math.max(0, lastRefresh + intervalMillis - delays.nowMillis());
        delays.schedule(this::fire, wait);
    }

    private void fire() {
        synchronized (this) {
            waiting = false;
            lastRefresh = delays.nowMillis();
        }
        refresh.run();
    }
}
