package id.bandung.kerjasama.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;

/** Bursts of changes become at most one refresh per second per screen, on a clock the test turns by hand. */
class CoalescerTest {

    private final ManualScheduler delays = new ManualScheduler();
    private final List<Long> refreshes = new ArrayList<>();
    private final Coalescer coalescer = new Coalescer(delays, 1000, () -> refreshes.add(delays.now));

    @Test
    void the_first_change_after_a_quiet_period_refreshes_at_once() {
        delays.advanceTo(5_000);
        coalescer.changed();
        delays.runDue();
        assertThat(refreshes).containsExactly(5_000L);
    }

    @Test
    void a_burst_of_changes_gives_one_refresh_at_once_and_one_a_second_later() {
        delays.advanceTo(10_000);
        for (int i = 0; i < 50; i++) {
            delays.advanceTo(10_000 + i * 10L);
            coalescer.changed();
            delays.runDue();
        }
        delays.advanceTo(12_000);
        delays.runDue();
        assertThat(refreshes).containsExactly(10_000L, 11_000L);
    }

    @Test
    void changes_that_keep_coming_refresh_once_a_second_and_never_wait_longer() {
        for (long t = 0; t <= 5_000; t += 100) {
            delays.advanceTo(t);
            coalescer.changed();
            delays.runDue();
        }
        delays.advanceTo(7_000);
        delays.runDue();
        assertThat(refreshes).containsExactly(0L, 1_000L, 2_000L, 3_000L, 4_000L, 5_000L);
    }

    @Test
    void a_change_after_the_wait_refreshes_again_without_delay() {
        coalescer.changed();
        delays.runDue();
        delays.advanceTo(3_000);
        coalescer.changed();
        delays.runDue();
        assertThat(refreshes).containsExactly(0L, 3_000L);
    }

    @Test
    void a_clock_set_back_delays_a_refresh_by_no_more_than_the_interval() {
        delays.advanceTo(50_000);
        coalescer.changed();
        delays.runDue();
        delays.now = 10_000; // the system clock corrected by forty seconds
        coalescer.changed();
        delays.advanceTo(11_000);
        delays.runDue();
        assertThat(refreshes).containsExactly(50_000L, 11_000L);
    }

    /** Spring's task scheduler as the coalescer uses it (its clock, one-off tasks), moving only when told. */
    static final class ManualScheduler implements TaskScheduler {
        long now;
        private final List<long[]> due = new ArrayList<>();
        private final List<Runnable> tasks = new ArrayList<>();

        @Override
        public Clock getClock() {
            return Clock.fixed(Instant.ofEpochMilli(now), ZoneOffset.UTC);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
            due.add(new long[] {startTime.toEpochMilli(), tasks.size()});
            tasks.add(task);
            return null;
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
            throw new UnsupportedOperationException();
        }

        void advanceTo(long millis) {
            now = Math.max(now, millis);
        }

        /** Runs every task whose time has come, at the time it was due. */
        void runDue() {
            long current = now;
            due.sort(Comparator.comparingLong(entry -> entry[0]));
            while (!due.isEmpty() && due.get(0)[0] <= current) {
                long[] next = due.remove(0);
                now = next[0];
                tasks.get((int) next[1]).run();
            }
            now = current;
        }
    }
}
