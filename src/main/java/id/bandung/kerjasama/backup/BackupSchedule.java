package id.bandung.kerjasama.backup;

import id.bandung.kerjasama.base.domain.ClockConfig;
import id.bandung.kerjasama.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly backup ({@code APP_BACKUP_CRON}, Bandung time), as the system user. Not in the one-off commands
 * (sample data, restore), which end long before any schedule.
 */
@Component
@Profile("!sample-data & !restore")
class BackupSchedule {

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

    private final BackupService backups;

    BackupSchedule(BackupService backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${app.backup.cron}", zone = ClockConfig.BANDUNG_ZONE)
    void run() {
        try {
            SystemActor.call(backups::backUpOnSchedule);
        } catch (RuntimeException e) {
            // The service logged and recorded a failed backup; this is what it could not record (the database gone).
            log.error("Scheduled backup failed: {}", e.getMessage(), e);
        }
    }
}
