package id.bandung.kerjasama.base.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An app killed while it received a file leaves the upload's temporary file behind: a signed document (its handler
 * deletes it when the request ends, which a killed app never reaches), or an import file (its screen deletes it once
 * imported, replaced or closed). Every such file is named {@link #PREFIX}…{@link #SUFFIX}. On start, those older than
 * an hour are deleted: no upload takes that long, and a screen that held an import file for an hour lost it with the
 * app's restart, so a file that old belongs to no request or screen of this or another app on the machine.
 */
@Component
public class UploadLeftovers {

    /** How every upload's temporary file is named: {@code PREFIX + feature + "-"}, then a random part, then SUFFIX. */
    public static final String PREFIX = "kerjasama-upload-";

    /** The name documents' uploads had before imports shared the sweep; still swept. */
    static final String EARLIER_PREFIX = "agreement-document-";

    public static final String SUFFIX = ".upload";
    static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(UploadLeftovers.class);

    private final Clock clock;

    UploadLeftovers(Clock clock) {
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void deleteAbandoned() {
        deleteAbandoned(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Deletes the abandoned uploads in {@code folder}; answers how many. */
    int deleteAbandoned(Path folder) {
        Instant before = clock.instant().minus(ABANDONED_AFTER);
        List<Path> abandoned;
        try (Stream<Path> files = Files.list(folder)) {
            abandoned = files.filter(file -> {
                        String name = file.getFileName().toString();
                        return (name.startsWith(PREFIX) || name.startsWith(EARLIER_PREFIX))
                                && name.endsWith(SUFFIX)
                                && olderThan(file, before);
                    })
                    .toList();
        } catch (IOException e) {
            log.warn("Could not look for abandoned uploads in {}: {}", folder, e.getMessage());
            return 0;
        }
        int deleted = 0;
        for (Path file : abandoned) {
            try {
                Files.deleteIfExists(file);
                deleted++;
            } catch (IOException e) {
                log.warn("Could not delete the abandoned upload {}: {}", file, e.getMessage());
            }
        }
        if (deleted > 0) {
            log.info("Deleted {} upload file(s) left in {} by an app that was stopped with them", deleted, folder);
        }
        return deleted;
    }

    private static boolean olderThan(Path file, Instant before) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }
}
