package id.bandung.kerjasama.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What the restore command does once the app's context is up: restores {@code app.restore.archive} into the
 * app's (empty) database and answers an exit code. {@link RestoreApplication} runs it and exits.
 */
@Component
@Profile(RestoreApplication.PROFILE)
class RestoreCommand {

    static final String ARCHIVE = "app.restore.archive";
    static final int RESTORED = 0;
    static final int FAILED = 1;
    static final int REFUSED = 3;

    private static final Logger log = LoggerFactory.getLogger(RestoreCommand.class);

    private final DataSource dataSource;
    private final Environment environment;

    RestoreCommand(DataSource dataSource, Environment environment) {
        this.dataSource = dataSource;
        this.environment = environment;
    }

    int execute() {
        String archive = environment.getProperty(ARCHIVE, "");
        if (archive.isBlank()) {
            log.error("Name the archive to restore: ./mvnw -Prestore -Drestore.archive=<file>, or "
                    + "java -jar kerjasama.jar restore <file>");
            return REFUSED;
        }
        try {
            ArchiveRestore.Restored restored = ArchiveRestore.restore(dataSource, Path.of(archive));
            BackupManifest manifest = restored.manifest();
            log.info(
                    "\n\n  Restored {}: {} rows in {} tables, taken {} at schema version {}, in {} s.\n",
                    archive,
                    manifest.totalRows(),
                    manifest.tables().size(),
                    manifest.takenAt(),
                    manifest.schemaVersion(),
                    restored.took().toMillis() / 1000.0);
            return RESTORED;
        } catch (ArchiveRestore.RefusedException refused) {
            log.error("\n\n  Not restored, nothing was written: {}\n", refused.getMessage());
            return REFUSED;
        } catch (IOException | SQLException | RuntimeException e) {
            log.error("Restore of {} failed, nothing was written: {}", archive, e.getMessage(), e);
            return FAILED;
        }
    }
}
