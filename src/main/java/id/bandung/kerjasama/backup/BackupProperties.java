package id.bandung.kerjasama.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where backups are kept and how often they are written.
 *
 * @param dir folder of the archives ({@code APP_BACKUP_DIR}, default {@code ./data/backups})
 * @param keep how many archives to keep; older ones are deleted after a successful backup ({@code APP_BACKUP_KEEP})
 * @param cron when the scheduled backup runs, Bandung time ({@code APP_BACKUP_CRON}, nightly at 01:30; "-" for never)
 */
@ConfigurationProperties("app.backup")
public record BackupProperties(String dir, int keep, String cron) {

    public BackupProperties {
        if (dir == null || dir.isBlank()) {
            throw new IllegalArgumentException("APP_BACKUP_DIR (app.backup.dir) must name a folder");
        }
        if (keep < 1) {
            throw new IllegalArgumentException("APP_BACKUP_KEEP (app.backup.keep) must be at least 1, not " + keep);
        }
    }
}
