package id.bandung.kerjasama.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An upload's temporary file left by a killed app is deleted on the next start, and nothing else is. */
class UploadLeftoversTest {

    @TempDir
    Path folder;

    @Test
    void only_upload_files_older_than_an_hour_are_deleted() throws Exception {
        Instant now = Instant.parse("2026-11-29T10:00:00Z");
        Path abandoned = file("kerjasama-upload-document-123.upload", now.minus(Duration.ofHours(2)));
        Path abandonedImport = file("kerjasama-upload-import-789.upload", now.minus(Duration.ofHours(3)));
        Path earlier = file("agreement-document-321.upload", now.minus(Duration.ofHours(2)));
        Path inProgress = file("kerjasama-upload-import-456.upload", now.minus(Duration.ofMinutes(5)));
        Path other = file("somebody-elses.upload", now.minus(Duration.ofDays(3)));

        int deleted = new UploadLeftovers(Clock.fixed(now, ZoneOffset.UTC)).deleteAbandoned(folder);

        assertThat(deleted).isEqualTo(3);
        assertThat(abandoned).doesNotExist();
        assertThat(abandonedImport).doesNotExist();
        assertThat(earlier).doesNotExist();
        assertThat(inProgress).exists();
        assertThat(other).exists();
    }

    private Path file(String name, Instant modified) throws Exception {
        Path file = Files.writeString(folder.resolve(name), "%PDF-");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
