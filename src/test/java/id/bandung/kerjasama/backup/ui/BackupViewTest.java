package id.bandung.kerjasama.backup.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import id.bandung.kerjasama.backup.BackupService;
import id.bandung.kerjasama.live.ServerPush;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.KaribuTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator backs up from the backup view: the button shows it is busy, and the list then shows the result,
 * the archive's size and rows and a download; a backup that fails shows why.
 */
@CommittingTest // the backup runs off the screen's thread and records itself in a transaction of its own
class BackupViewTest extends KaribuTest {

    @Autowired
    BackupService backups;

    BackupView view;

    @BeforeEach
    void open() {
        signIn("admin");
        navigate("backup");
        view = _get(BackupView.class);
    }

    @Test
    void a_backup_made_from_the_view_is_listed_with_its_size_rows_and_download() {
        assertThat(_size(view.grid)).isZero();

        _click(view.backUpNow);
        assertThat(view.backUpNow.isEnabled()).as("busy while it runs").isFalse();
        assertThat(view.backUpNow.getText()).isEqualTo("Membuat cadangan…");
        ServerPush.awaitUntil(() -> _size(view.grid) == 1);

        assertThat(view.backUpNow.isEnabled()).isTrue();
        assertThat(_getFormatted(view.grid, 0, "trigger")).isEqualTo("Manual · admin");
        assertThat(_getFormatted(view.grid, 0, "size")).matches("\\d+(,\\d)? KB");
        assertThat(Long.parseLong(_getFormatted(view.grid, 0, "rows").replace(".", "")))
                .isGreaterThan(20);
        Span result = (Span) _getCellComponent(view.grid, 0, "result");
        assertThat(result.getText()).isEqualTo("Berhasil");
        Anchor download = (Anchor) _getCellComponent(view.grid, 0, "download");
        assertThat(download.getText()).matches("kerjasama-backup-\\d{8}-\\d{6}-\\d{3}\\.zip");
        assertThat(download.getElement().getAttribute("download")).isNotNull();
        NotificationsKt.expectNotifications(
                "Cadangan " + download.getText() + " dibuat (" + _getFormatted(view.grid, 0, "size") + ").");
    }

    @Test
    void a_backup_that_cannot_be_written_is_listed_as_failed_with_its_reason() throws Exception {
        Path folder = backups.folder();
        Path aside = folder.resolveSibling(folder.getFileName() + "-aside");
        Files.createDirectories(folder);
        Files.move(folder, aside);
        Files.writeString(folder, "not a folder");
        try {
            _click(view.backUpNow);
            ServerPush.awaitUntil(() -> _size(view.grid) == 1);
        } finally {
            Files.delete(folder);
            Files.move(aside, folder);
        }

        Span result = (Span) _getCellComponent(view.grid, 0, "result");
        assertThat(result.getChildren().map(child -> ((Span) child).getText()))
                .containsExactly("Gagal", "FileAlreadyExistsException: " + folder);
        assertThat(_getFormatted(view.grid, 0, "size")).isEmpty();
        NotificationsKt.expectNotifications("Cadangan gagal dibuat. Alasannya ada di daftar dan di log server.");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(file -> file.toString().endsWith(".part"))).isEmpty();
        }
    }
}
