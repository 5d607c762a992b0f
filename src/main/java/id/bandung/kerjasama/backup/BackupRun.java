package id.bandung.kerjasama.backup;

import java.time.Instant;

/**
 * One backup the app wrote or tried to write, as the backup view lists it.
 *
 * @param fileName the archive's name in the backup folder; null when it failed
 * @param available whether the archive is still in this server's backup folder (older ones are deleted)
 * @param message why it failed; null when it worked
 */
public record BackupRun(
        long id,
        Instant startedAt,
        Instant finishedAt,
        Trigger trigger,
        String requestedBy,
        String fileName,
        Long sizeBytes,
        Long rowCount,
        boolean succeeded,
        String message,
        boolean available) {

    public enum Trigger {
        SCHEDULE,
        MANUAL
    }
}
