package id.bandung.kerjasama.importing.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import id.bandung.kerjasama.importing.ImportKind;
import id.bandung.kerjasama.importing.ImportPreview.Action;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.KaribuTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import screen as staff use it: upload, read the preview and its problems, import, undo. The file is read and
 * written on the app's task executor, as in the running app, so the test commits (and cleans up after itself).
 */
@CommittingTest
class ImportViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Runs the screen's pending updates until the work in the background is done (in this, the UI's thread). */
    private static void waitUntilDone(ImportView view) {
        await().atMost(Duration.ofSeconds(30))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    MockVaadin.clientRoundtrip();
                    return !view.progressBox.isVisible();
                });
    }

    @Test
    void staff_upload_a_file_read_its_problems_fix_it_import_it_and_undo_it() {
        signIn("staf");
        navigate("import");
        ImportView view = _get(ImportView.class);
        assertThat(view.kind.getValue()).isEqualTo(ImportKind.PARTNER);
        assertThat(view.template.getElement().getTextRecursively()).isEqualTo("Unduh templat mitra (XLSX)");
        assertThat(view.previewBox.isVisible()).isFalse();

        _upload(
                view.upload,
                "mitra-uji.csv",
                "text/csv",
                csv(
                        "Nama;Jenis;Negara",
                        "Lembaga Uji Layar;Lembaga luar negeri;JP",
                        "Kota Cimahi;Kota;ID",
                        "Lembaga Uji Rusak;Sesuatu;JP"));
        waitUntilDone(view);

        assertThat(view.previewBox.isVisible()).isTrue();
        assertThat(view.summary.getElement().getTextRecursively())
                .contains(
                        "mitra-uji.csv · Mitra", "1 baru", "1 sudah ada (dilewati)", "1 baris bermasalah (1 masalah)");
        assertThat(_size(view.problems)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.problems, 0))
                .containsExactly(
                        "4",
                        "Jenis",
                        "Sesuatu",
                        "Bukan pilihan \"Jenis\" yang dikenal. Lihat lembar Pilihan di" + " templat.");
        assertThat(view.rowFilter.getValue()).isEqualTo(Action.PROBLEM);
        assertThat(view.commit.isEnabled()).isFalse();
        assertThat(view.commit.getText()).isEqualTo("Perbaiki 1 masalah di berkas, lalu unggah lagi");
        _setValue(view.rowFilter, null);
        assertThat(IntStream.range(0, _size(view.rows))
                        .mapToObj(i -> GridKt._getFormattedRow(view.rows, i).get(0))
                        .toList())
                .containsExactly("2", "3", "4");

        _upload(
                view.upload,
                "mitra-uji.csv",
                "text/csv",
                csv("Nama;Jenis;Negara", "Lembaga Uji Layar;Lembaga luar negeri;JP", "Kota Cimahi;Kota;ID"));
        waitUntilDone(view);
        assertThat(view.problems.isVisible()).isFalse();
        assertThat(view.commit.isEnabled()).isTrue();
        assertThat(view.commit.getText()).isEqualTo("Impor 1 catatan baru");

        _click(view.commit);
        waitUntilDone(view);

        NotificationsKt.expectNotifications("1 catatan baru diimpor dari mitra-uji.csv; 1 yang sudah ada dilewati.");
        assertThat(view.previewBox.isVisible()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from partner where name = 'Lembaga Uji Layar' and import_batch_id is not null",
                        Integer.class))
                .isEqualTo(1);
        assertThat(_size(view.history)).isGreaterThanOrEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.history, 0))
                .contains("Mitra", "mitra-uji.csv", "2 baris: 1 baru, 1 sudah ada", "staf");
        assertThat(view.undo.isVisible()).isTrue();
        assertThat(view.undo.getText()).isEqualTo("Batalkan impor terakhir (mitra-uji.csv)");

        _click(view.undo);
        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(question.getElement().getProperty("message"))
                .startsWith("1 catatan mitra dari mitra-uji.csv, diimpor oleh staf pada ");
        _fireConfirm(question);

        NotificationsKt.expectNotifications("1 catatan dari mitra-uji.csv telah dihapus.");
        assertThat(jdbc.queryForObject("select count(*) from partner where name = 'Lembaga Uji Layar'", Integer.class))
                .isZero();
        assertThat(GridKt._getFormattedRow(view.history, 0).get(5)).startsWith("Dibatalkan oleh staf, ");
    }

    @Test
    void a_file_of_another_kind_or_not_a_spreadsheet_is_refused_next_to_the_upload() {
        signIn("staf");
        navigate("import");
        ImportView view = _get(ImportView.class);
        _setValue(view.kind, ImportKind.AGREEMENT);
        assertThat(view.template.getElement().getTextRecursively()).isEqualTo("Unduh templat kerja sama (XLSX)");

        _upload(view.upload, "mitra.csv", "text/csv", csv("Nama;Jenis", "Lembaga Uji;Lainnya"));
        waitUntilDone(view);
        assertThat(view.fileError.isVisible()).isTrue();
        assertThat(view.fileError.getText())
                .startsWith("Kolom wajib tidak ditemukan di baris pertama: Judul, Mitra, Kategori.");
        assertThat(view.previewBox.isVisible()).isFalse();

        // Choosing the kind the file holds reads the same file again.
        _setValue(view.kind, ImportKind.PARTNER);
        waitUntilDone(view);
        assertThat(view.fileError.isVisible()).isFalse();
        assertThat(view.previewBox.isVisible()).isTrue();
        assertThat(view.commit.getText()).isEqualTo("Impor 1 catatan baru");

        _upload(view.upload, "foto.csv", "text/csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        waitUntilDone(view);
        assertThat(view.fileError.getText()).isEqualTo("Berkas ini bukan spreadsheet (XLSX atau CSV).");
        assertThat(view.previewBox.isVisible()).isFalse();
    }
}
