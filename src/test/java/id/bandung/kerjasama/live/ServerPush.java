package id.bandung.kerjasama.live;

import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * What a browser sees of live updates in a Karibu test: {@link LiveUpdates} loads on Spring's task scheduler and hands
 * the result to the UI ({@code ui.access}); the test thread holds the session, so it runs those hand-overs itself, as
 * the server push would, until the screen shows what the test waits for.
 */
public final class ServerPush {

    private ServerPush() {}

    /** Runs the UI's pending hand-overs until {@code shown} holds, for at most {@code within}. */
    public static void awaitUntil(Duration within, BooleanSupplier shown) {
        await().atMost(within)
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    MockVaadin.clientRoundtrip();
                    return shown.getAsBoolean();
                });
    }

    /** The first paint: a screen's first load, which runs as soon as it is attached. */
    public static void awaitUntil(BooleanSupplier shown) {
        awaitUntil(Duration.ofSeconds(10), shown);
    }
}
