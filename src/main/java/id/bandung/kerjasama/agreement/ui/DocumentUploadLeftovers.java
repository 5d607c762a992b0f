package id.bandung.kerjasama.agreement.ui;

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
 * An app killed while it received a document leaves the upload's temporary file behind ({@link DocumentUploadHandler}
 * deletes it when the request ends, which a killed app never reaches). On start, such files older than an hour are
 * deleted: no upload takes that long, so a file that old belongs to no request of this or another app on the machine.
 */
@Component
class DocumentUploadLeftovers {

    static final String PREFIX = "agreement-document-";
    static final String SUFFIX = ".upload";
    static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(DocumentUploadLeftovers.class);

    private final Clock clock;

    DocumentUploadLeftovers(Clock clock) {
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
                        return name.startsWith(PREFIX) && name.endsWith(SUFFIX) && olderThan(file, before);
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
            log.info("Deleted {} upload file(s) left in {} by an app that was stopped mid-upload", deleted, folder);
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
