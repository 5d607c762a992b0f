package id.bandung.kerjasama.agreement.ui;

import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.bandung.kerjasama.agreement.AgreementDocument;
import id.bandung.kerjasama.agreement.DocumentService;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Serves an agreement's stored document, shown in the browser ({@code inline}) or saved as a file. The file came
 * from someone else's computer, so the browser is told to treat it as an inert document of the stated type: a
 * sandbox with no script and no same-origin access (CSP {@code sandbox}) and no guessing of the type
 * ({@code nosniff}). The file name goes out twice, as plain ASCII and in UTF-8 (RFC 6266 and 5987), never as raw
 * header text.
 */
final class DocumentDownloadHandler implements DownloadHandler {

    private final DocumentService documents;
    private final long agreementId;
    private final boolean inline;

    DocumentDownloadHandler(DocumentService documents, long agreementId, boolean inline) {
        this.documents = documents;
        this.agreementId = agreementId;
        this.inline = inline;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        VaadinResponse response = event.getResponse();
        Optional<AgreementDocument> found = documents.read(agreementId);
        if (found.isEmpty()) {
            response.setStatus(404);
            return;
        }
        AgreementDocument document = found.get();
        response.setContentType("application/pdf");
        response.setHeader("Content-Security-Policy", "sandbox");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", contentDisposition(inline, document.getFileName()));
        response.setContentLengthLong(document.getSizeBytes());
        try (OutputStream out = event.getOutputStream()) {
            out.write(document.getContent());
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
