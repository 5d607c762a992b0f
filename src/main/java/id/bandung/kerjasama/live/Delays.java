package id.bandung.kerjasama.live;

/** A clock and a timer, so that coalescing can be tested without waiting. */
interface Delays {

    long nowMillis();

    void schedule(Runnable task, long delayMillis);
}
