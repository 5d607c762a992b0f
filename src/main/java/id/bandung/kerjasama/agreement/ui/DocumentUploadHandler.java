package id.bandung.kerjasama.agreement.ui;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import id.bandung.kerjasama.agreement.AgreementDocument;
import id.bandung.kerjasama.agreement.DocumentInfo;
import id.bandung.kerjasama.agreement.DocumentRejectedException;
import id.bandung.kerjasama.base.domain.StaleRecordException;
import id.bandung.kerjasama.base.ui.RefusingUploadHandler;
import id.bandung.kerjasama.base.ui.UploadLeftovers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Receives one signed document: copies the body to a temporary file, reading at most one buffer past the 20 MB limit,
 * so an upload never sits in memory and a larger one is dropped unread; then stores it through the service and tells
 * the editor the outcome. A refused file is answered with a 4xx status, so the upload field marks it failed, and its
 * reason (a message key) goes to the editor. The temporary file is gone when the request ends.
 */
public final class DocumentUploadHandler implements RefusingUploadHandler {

    /** Room for the multipart envelope around the file, as in {@code spring.servlet.multipart.max-request-size}. */
    static final long ENVELOPE_BYTES = 64 * 1024;

    /** Stores a received file of the given length; may throw {@link DocumentRejectedException}. */
    public interface Store extends Serializable {
        DocumentInfo store(String fileName, InputStream content, long size);
    }

    /** What became of one upload: the stored document, or the message key of the refusal. */
    public record Outcome(DocumentInfo stored, String refusal) {}

    private final Store store;
    private final SerializableConsumer<Outcome> onOutcome;

    public DocumentUploadHandler(Store store, SerializableConsumer<Outcome> onOutcome) {
        this.store = store;
        this.onOutcome = onOutcome;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        Path file = Files.createTempFile(UploadLeftovers.PREFIX + "document-", UploadLeftovers.SUFFIX);
        Outcome outcome;
        try {
            long size;
            try (InputStream in = event.getInputStream();
                    OutputStream out = Files.newOutputStream(file)) {
                size = in.transferTo(new LimitedOutputStream(out, AgreementDocument.MAX_BYTES));
            } catch (LimitedOutputStream.LimitReached e) {
                size = -1;
            }
            outcome = size < 0 ? refuse(event, 413, "agreement.document.too-large") : store(event, file, size);
        } finally {
            Files.deleteIfExists(file);
        }
        event.getUI().access(() -> onOutcome.accept(outcome));
    }

    private Outcome store(UploadEvent event, Path file, long size) throws IOException {
        try (InputStream content = Files.newInputStream(file)) {
            return new Outcome(store.store(event.getFileName(), content, size), null);
        } catch (DocumentRejectedException e) {
            return refuse(event, e.reason().endsWith("too-large") ? 413 : 415, e.reason());
        } catch (StaleRecordException e) {
            return refuse(event, 404, "record.not-found");
        }
    }

    private static Outcome refuse(UploadEvent event, int status, String reason) {
        event.getResponse().setStatus(status);
        return new Outcome(null, reason);
    }

    @Override
    public long getRequestSizeMax() {
        return AgreementDocument.MAX_BYTES + ENVELOPE_BYTES;
    }

    @Override
    public long getFileSizeMax() {
        return AgreementDocument.MAX_BYTES;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    /** Passes bytes on until one more than the limit arrives, then stops the copy. */
    private static final class LimitedOutputStream extends OutputStream {

        static final class LimitReached extends IOException {}

        private final OutputStream out;
        private final long limit;
        private long written;

        LimitedOutputStream(OutputStream out, long limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            if (written + length > limit) {
                throw new LimitReached();
            }
            out.write(buffer, offset, length);
            written += length;
        }
    }
}
