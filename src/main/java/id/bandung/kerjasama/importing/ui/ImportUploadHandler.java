package id.bandung.kerjasama.importing.ui;

import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import id.bandung.kerjasama.base.ui.RefusingUploadHandler;
import id.bandung.kerjasama.base.ui.UploadLeftovers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Receives one import file into a temporary file, reading at most one buffer past {@link #MAX_BYTES}, so an upload
 * never sits in memory and a larger one is dropped unread (the upload limit filter refuses most before they are
 * read at all, decision 012). The file is handed to the view, which owns it from then on and deletes it when it is
 * imported, replaced or the view is closed; a refused one is deleted here and answered 413.
 */
final class ImportUploadHandler implements RefusingUploadHandler {

    /** The largest import file: the same 20 MB as any upload. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final long ENVELOPE_BYTES = 64 * 1024;

    private final SerializableBiConsumer<Path, String> onReceived;
    private final SerializableConsumer<String> onRefused;

    ImportUploadHandler(SerializableBiConsumer<Path, String> onReceived, SerializableConsumer<String> onRefused) {
        this.onReceived = onReceived;
        this.onRefused = onRefused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        Path file = Files.createTempFile(UploadLeftovers.PREFIX + "import-", UploadLeftovers.SUFFIX);
        boolean tooLarge = false;
        try (InputStream in = event.getInputStream();
                OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long written = 0;
            int read;
            while ((read = in.read(buffer)) >= 0) {
                written += read;
                if (written > MAX_BYTES) {
                    tooLarge = true;
                    break;
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        String name = event.getFileName();
        if (tooLarge) {
            Files.deleteIfExists(file);
            event.getResponse().setStatus(413);
            event.getUI().access(() -> onRefused.accept("import.file.too-large"));
            return;
        }
        event.getUI().access(() -> onReceived.accept(file, name == null ? "" : name));
    }

    @Override
    public long getRequestSizeMax() {
        return MAX_BYTES + ENVELOPE_BYTES;
    }

    @Override
    public long getFileSizeMax() {
        return MAX_BYTES;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
