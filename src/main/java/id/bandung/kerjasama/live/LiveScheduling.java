package id.bandung.kerjasama.live;

import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The threads that load what open screens show: Spring Boot's task scheduler ({@code taskScheduler}), which also
 * runs the app's {@code @Scheduled} work. Loads wait for the database, so it gets a few threads rather than Boot's
 * one; fifty screens that refresh after one save share one computation of their figures (see
 * {@link LiveUpdates#sharedUntilChange}), so a few suffice. A cancelled timer (a display link's expiry on a screen
 * closed long before) leaves the queue at once instead of holding its screen until it would have run.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class LiveScheduling {

    static final int THREADS = 4;

    @Bean
    ThreadPoolTaskSchedulerCustomizer liveUpdatesThreads() {
        return scheduler -> {
            scheduler.setPoolSize(THREADS);
            scheduler.setRemoveOnCancelPolicy(true);
        };
    }
}
