package id.bandung.kerjasama.agreement.ui;

import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.bandung.kerjasama.agreement.DocumentService;
import id.bandung.kerjasama.agreement.StageService;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Serves an agreement's stored document (or a lifecycle step's), shown in the browser ({@code inline}) or saved as a file. The file came
 * from someone else's computer, so the browser is told to treat it as an inert document of the stated type: a
 * sandbox with no script and no same-origin access (CSP {@code sandbox}) and no guessing of the type
 * ({@code nosniff}). The file name goes out twice, as plain ASCII and in UTF-8 (RFC 6266 and 5987), never as raw
 * header text.
 */
public final class DocumentDownloadHandler implements DownloadHandler {

    /** A stored file: its name, type (a PDF or an image, checked when stored) and content. */
    public record Served(String fileName, String contentType, byte[] content) {}

    private final SerializableSupplier<Optional<Served>> document;
    private final boolean inline;

    DocumentDownloadHandler(DocumentService documents, long agreementId, boolean inline) {
        this(
                () -> documents
                        .read(agreementId)
                        .map(found -> new Served(found.getFileName(), "application/pdf", found.getContent())),
                inline);
    }

    private DocumentDownloadHandler(SerializableSupplier<Optional<Served>> document, boolean inline) {
        this.document = document;
        this.inline = inline;
    }

    /** A lifecycle step's document, shown in the browser. */
    static DocumentDownloadHandler ofStep(StageService stages, long stepId) {
        return new DocumentDownloadHandler(
                () -> stages.document(stepId)
                        .map(found -> new Served(found.fileName(), "application/pdf", found.content())),
                true);
    }

    /** Any other stored file another feature serves the same inert way, shown in the browser. */
    public static DocumentDownloadHandler inline(SerializableSupplier<Optional<Served>> file) {
        return new DocumentDownloadHandler(file, true);
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        VaadinResponse response = event.getResponse();
        Optional<Served> found = document.get();
        if (found.isEmpty()) {
            response.setStatus(404);
            return;
        }
        Served served = found.get();
        response.setContentType(served.contentType());
        response.setHeader("Content-Security-Policy", "sandbox");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", contentDisposition(inline, served.fileName()));
        response.setContentLengthLong(served.content().length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(served.content());
        }
    }

    /** {@code inline} or {@code attachment}, with the name as ASCII (accents dropped) and as UTF-8. */
    static String contentDisposition(boolean inline, String fileName) {
        return (inline ? "inline" : "attachment") + "; filename=\"" + asciiName(fileName) + "\"; filename*=UTF-8''"
                + percentEncoded(fileName);
    }

    private static String asciiName(String fileName) {
        String plain = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder name = new StringBuilder();
        for (char c : plain.toCharArray()) {
            name.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return name.toString();
    }

    /** RFC 5987: every byte outside attr-char as %XX. */
    private static String percentEncoded(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 0x80 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
