package id.bandung.kerjasama.backup;

import static org.assertj.core.api.Assertions.assertThat;

import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.SignIn;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Backups made as an administrator, and their archives copied out of the backup folder, for restore tests. */
final class Archives {

    private Archives() {}

    /** A backup now, which must succeed, copied into {@code folder}. */
    static Path backUp(BackupService backups, Path folder) throws IOException {
        BackupRun run = SignIn.as(Roles.ADMIN, backups::backUpNow);
        assertThat(run.succeeded()).as(run.message()).isTrue();
        return copy(backups, run, folder);
    }

    static Path copy(BackupService backups, BackupRun run, Path folder) throws IOException {
        Path archive = folder.resolve(run.fileName());
        try (OutputStream out = Files.newOutputStream(archive)) {
            SignIn.as(Roles.ADMIN, () -> {
                try {
                    backups.copyArchive(run.id(), out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return archive;
    }
}
