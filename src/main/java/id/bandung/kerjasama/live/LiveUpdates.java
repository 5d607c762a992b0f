package id.bandung.kerjasama.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import id.bandung.kerjasama.base.domain.Actor;
import id.bandung.kerjasama.base.domain.DatabaseStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Live updates for open screens. A change reaches this node as a PostgreSQL notification after its transaction
 * commits (see {@code V004__add_change_notifications_and_display_links.sql}), from this node or any other; every
 * screen that follows one of the changed topics then loads again and shows the result through server push, at most
 * once per {@link #REFRESH_INTERVAL_MILLIS} however many changes arrive.
 *
 * <p>Loading runs on Spring's task scheduler (see {@link LiveScheduling}) as the user who opened the screen, outside
 * the session lock; only applying the result to the screen holds it ({@code ui.access}).
 */
@org.springframework.stereotype.Component
public class LiveUpdates implements SmartLifecycle {

    /** At most one refresh per screen per this many milliseconds. */
    public static final long REFRESH_INTERVAL_MILLIS = 1000;

    private static final int MAX_SHARED_VALUES = 256;
    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final ChangeListener listener;
    private final TaskScheduler scheduler;
    private final CopyOnWriteArrayList<Follower<?>> followers = new CopyOnWriteArrayList<>();
    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<Object, Shared> shared = new ConcurrentHashMap<>();
    private volatile boolean running;

    LiveUpdates(DataSource dataSource, TaskScheduler scheduler) {
        this.scheduler = scheduler;
        this.listener = new ChangeListener(
                dataSource, table -> changed(Topic.ofTable(table)), () -> changed(EnumSet.allOf(Topic.class)));
    }

    /**
     * Shows what {@code load} returns on {@code owner} while it is attached: loaded once on attaching (the first
     * paint; the screen shows its loading state until then) and again whenever one of {@code topics} changes.
     * {@code load} runs off the session lock as the user who opened the screen; {@code apply} runs in the owner's UI,
     * and its result is pushed to the browser. A result that a later load overtook is not applied.
     */
    public <T> Following follow(Component owner, Supplier<T> load, Consumer<T> apply, Set<Topic> topics) {
        return new Follower<>(owner, load, apply, topics, true);
    }

    /**
     * Runs {@code apply} in the owner's UI whenever one of {@code topics} changes, while it is attached: for screens
     * with nothing to load beforehand, such as grids that fetch their rows lazily.
     */
    public Registration follow(Component owner, Runnable apply, Set<Topic> topics) {
        return new Follower<Void>(owner, () -> null, nothing -> apply.run(), topics, false);
    }

    /**
     * A value computed once and shared by every screen until the next change of the records, such as the
     * dashboard's figures that fifty open screens ask for after one save: screens that ask while it is being
     * computed wait for that one computation. While notifications are not arriving (the listener is reconnecting),
     * nothing is shared and every call computes.
     */
    @SuppressWarnings("unchecked")
    public <T> T sharedUntilChange(Object key, Supplier<T> compute) {
        if (!listener.isConnected()) {
            return compute.get();
        }
        long current = generation.get();
        Shared mine = new Shared(current, new CompletableFuture<>());
        Shared found = shared.get(key);
        if (found == null || found.generation != current) {
            if (shared.size() >= MAX_SHARED_VALUES) {
                return compute.get();
            }
            found = shared.compute(key, (any, old) -> old != null && old.generation == current ? old : mine);
        }
        if (found != mine) {
            try {
                return (T) found.value.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            T value = compute.get();
            mine.value.complete(value);
            return value;
        } catch (RuntimeException e) {
            shared.remove(key, mine);
            mine.value.completeExceptionally(e);
            throw e;
        }
    }

    /** The database is back after an outage: every screen loads again, as after a missed notification. */
    @EventListener
    void databaseChanged(DatabaseStatus.Changed change) {
        if (change.available()) {
            changed(EnumSet.allOf(Topic.class));
        }
    }

    /** Whether changes are arriving now. */
    public boolean isListening() {
        return listener.isConnected();
    }

    void changed(Set<Topic> topics) {
        if (topics.isEmpty()) {
            return;
        }
        if (topics.stream().anyMatch(Topic.RECORDS::contains)) {
            generation.incrementAndGet();
            shared.clear();
        }
        for (Follower<?> follower : followers) {
            if (follower.topics.stream().anyMatch(topics::contains)) {
                follower.coalescer.changed();
            }
        }
    }

    @Override
    public void start() {
        running = true;
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        listener.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** One screen component that follows changes; it counts as following while attached. */
    private final class Follower<T> implements Following {

        final Set<Topic> topics;
        final Coalescer coalescer;
        private final Supplier<T> load;
        private final Consumer<T> apply;
        private final SecurityContext user = SecurityContextHolder.getContext();
        private final boolean loadsOnAttach;
        private final AtomicLong loads = new AtomicLong();
        private final Registration onAttach;
        private final Registration onDetach;
        private volatile UI ui;
        private Instant reloadAt;
        private ScheduledFuture<?> timer;

        Follower(Component owner, Supplier<T> load, Consumer<T> apply, Set<Topic> topics, boolean loadsOnAttach) {
            this.topics = EnumSet.copyOf(topics);
            this.load = load;
            this.apply = apply;
            this.loadsOnAttach = loadsOnAttach;
            this.coalescer =
                    new Coalescer(scheduler, REFRESH_INTERVAL_MILLIS, () -> loadAndApply(loads.incrementAndGet()));
            onAttach = owner.addAttachListener(event -> attached(event.getUI()));
            onDetach = owner.addDetachListener(event -> detached());
            if (owner.isAttached()) {
                owner.getUI().ifPresent(this::attached);
            }
        }

        private void attached(UI attachedTo) {
            ui = attachedTo;
            followers.addIfAbsent(this);
            if (loadsOnAttach) {
                reload();
            }
            startTimer();
        }

        private void detached() {
            ui = null;
            followers.remove(this);
            stopTimer();
        }

        @Override
        public void reload() {
            if (ui != null) {
                long number = loads.incrementAndGet(); // from now on, loads that began earlier are not applied
                scheduler.schedule(
                        () -> loadAndApply(number), scheduler.getClock().instant());
            }
        }

        @Override
        public void reloadAt(Instant when) {
            reloadAt = when;
            stopTimer();
            startTimer();
        }

        private void startTimer() {
            if (ui != null
                    && reloadAt != null
                    && reloadAt.isAfter(scheduler.getClock().instant())) {
                timer = scheduler.schedule(() -> loadAndApply(loads.incrementAndGet()), reloadAt);
            }
        }

        private void stopTimer() {
            if (timer != null) {
                timer.cancel(false);
                timer = null;
            }
        }

        @Override
        public void remove() {
            onAttach.remove();
            onDetach.remove();
            detached();
        }

        /**
         * Loads as the screen's user without holding its session, then applies the result holding it, unless a load
         * numbered later has begun meanwhile.
         */
        private void loadAndApply(long number) {
            UI target = ui;
            if (target == null) {
                return;
            }
            T result;
            try {
                result = Actor.callIn(user, load);
            } catch (RuntimeException e) {
                log.warn("A screen could not load what it shows", e);
                return;
            }
            try {
                target.access(() -> {
                    if (ui != target || loads.get() != number) {
                        return; // detached meanwhile, or a later load brings newer figures
                    }
                    try {
                        Actor.callIn(user, () -> {
                            apply.accept(result);
                            return null;
                        });
                    } catch (RuntimeException e) {
                        log.warn("A screen could not show what it loaded", e);
                    }
                });
            } catch (UIDetachedException e) {
                followers.remove(this);
            }
        }
    }

    /** A shared value of one generation of the records, or its computation still under way. */
    private record Shared(long generation, CompletableFuture<Object> value) {}
}
