package id.bandung.kerjasama.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Live updates for open screens. A change reaches this node as a PostgreSQL notification after its transaction
 * commits (see {@code V004__add_change_notifications_and_display_links.sql}), from this node or any other; every
 * screen that follows one of the changed topics then refreshes through server push, at most once per
 * {@link #REFRESH_INTERVAL_MILLIS} however many changes arrive.
 */
@org.springframework.stereotype.Component
public class LiveUpdates implements SmartLifecycle {

    /** At most one refresh per screen per this many milliseconds. */
    public static final long REFRESH_INTERVAL_MILLIS = 1000;

    private static final int MAX_SHARED_VALUES = 256;
    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final ChangeListener listener;
    private final ScheduledExecutorService timer;
    private final Delays delays;
    private final CopyOnWriteArrayList<Follower> followers = new CopyOnWriteArrayList<>();
    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<Object, Shared<?>> shared = new ConcurrentHashMap<>();
    private volatile boolean running;

    LiveUpdates(DataSource dataSource) {
        AtomicInteger threads = new AtomicInteger();
        this.timer = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "live-refresh-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.delays = new Delays() {
            @Override
            public long nowMillis() {
                return System.nanoTime() / 1_000_000;
            }

            @Override
            public void schedule(Runnable task, long delayMillis) {
                timer.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
            }
        };
        this.listener = new ChangeListener(
                dataSource, table -> changed(Topic.ofTable(table)), () -> changed(EnumSet.allOf(Topic.class)));
    }

    /**
     * Refreshes {@code owner} while it is attached, whenever one of {@code topics} changes. The refresh runs in the
     * owner's UI (with its session locked) as the user who opened it, and its result is pushed to the browser.
     */
    public Registration follow(Component owner, Runnable refresh, Set<Topic> topics) {
        SecurityContext user = SecurityContextHolder.getContext();
        Follower[] current = new Follower[1];
        Runnable attach = () -> owner.getUI().ifPresent(ui -> {
            Follower follower = new Follower(EnumSet.copyOf(topics), null);
            follower.coalescer =
                    new Coalescer(delays, REFRESH_INTERVAL_MILLIS, () -> push(ui, user, refresh, follower));
            current[0] = follower;
            followers.add(follower);
        });
        if (owner.isAttached()) {
            attach.run();
        }
        Registration onAttach = owner.addAttachListener(event -> attach.run());
        Registration onDetach = owner.addDetachListener(event -> followers.remove(current[0]));
        return () -> {
            onAttach.remove();
            onDetach.remove();
            followers.remove(current[0]);
        };
    }

    /** Calls {@code listener} with the topics of each change, on the listening thread; for tests and benchmarks. */
    public Registration listen(Consumer<Set<Topic>> changes) {
        Follower follower = new Follower(EnumSet.allOf(Topic.class), changes);
        followers.add(follower);
        return () -> followers.remove(follower);
    }

    /**
     * A value computed once and shared by every screen until the next change of the records, such as the
     * dashboard's figures that fifty open screens ask for after one save. While notifications are not arriving
     * (the listener is reconnecting), nothing is shared and every call computes.
     */
    @SuppressWarnings("unchecked")
    public <T> T sharedUntilChange(Object key, Supplier<T> compute) {
        if (!listener.isConnected()) {
            return compute.get();
        }
        long current = generation.get();
        Shared<?> entry = shared.get(key);
        if (entry != null && entry.generation == current) {
            return (T) entry.value;
        }
        T value = compute.get();
        if (generation.get() == current && shared.size() < MAX_SHARED_VALUES) {
            shared.put(key, new Shared<>(current, value));
        }
        return value;
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
        for (Follower follower : followers) {
            if (follower.topics.stream().anyMatch(topics::contains)) {
                if (follower.direct != null) {
                    follower.direct.accept(topics);
                } else {
                    follower.coalescer.changed();
                }
            }
        }
    }

    private void push(UI ui, SecurityContext user, Runnable refresh, Follower follower) {
        try {
            ui.access(() -> {
                SecurityContext previous = SecurityContextHolder.getContext();
                SecurityContextHolder.setContext(user);
                try {
                    refresh.run();
                } catch (RuntimeException e) {
                    log.warn("A screen could not refresh after a change", e);
                } finally {
                    SecurityContextHolder.setContext(previous);
                }
            });
        } catch (UIDetachedException e) {
            followers.remove(follower);
        }
    }

    /** Screens following changes now; for the benchmark and tests. */
    public int followerCount() {
        return (int)
                followers.stream().filter(follower -> follower.direct == null).count();
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

    @PreDestroy
    void shutDown() {
        timer.shutdownNow();
    }

    private static final class Follower {
        final Set<Topic> topics;
        final Consumer<Set<Topic>> direct;
        Coalescer coalescer;

        Follower(Set<Topic> topics, Consumer<Set<Topic>> direct) {
            this.topics = topics;
            this.direct = direct;
        }
    }

    private record Shared<T>(long generation, T value) {}
}
