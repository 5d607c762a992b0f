package id.bandung.kerjasama.report.ui;

import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.AbstractDownloadHandler;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.TransferContext;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Serves a report file made while it is sent (the period is read when the download starts), and tells the screen
 * when it starts and ends ({@link #whenStart}, {@link #whenComplete}), so the view can say it is being prepared:
 * for a year at the register's full size that takes seconds.
 */
final class ReportDownload extends AbstractDownloadHandler<ReportDownload> {

    /** A file to send: its name, its type and how to write it. */
    record ReportFile(String name, String contentType, Body body) {}

    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private final SerializableSupplier<ReportFile> file;

    ReportDownload(SerializableSupplier<ReportFile> file) {
        this.file = file;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        setTransferUI(event.getUI());
        TransferContext context = getTransferContext(event);
        getListeners().forEach(listener -> listener.onStart(context));
        Counting out = new Counting(event.getOutputStream());
        try {
            ReportFile made = file.get();
            event.setFileName(made.name());
            event.setContentType(made.contentType());
            made.body().write(out);
            out.flush();
        } catch (IOException e) {
            notifyError(event, e);
            throw e;
        } catch (RuntimeException e) {
            notifyError(event, e instanceof UncheckedIOException unchecked ? unchecked.getCause() : new IOException(e));
            throw e;
        }
        getListeners().forEach(listener -> listener.onComplete(context, out.count));
    }

    /** Counts what is written, for the listeners. */
    private static final class Counting extends FilterOutputStream {

        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }
    }
}
