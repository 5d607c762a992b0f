package id.bandung.kerjasama.agreement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;

/** What makes an uploaded file a signed document we keep: a PDF by its content, under a clean file name. */
final class SignedPdf {

    private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};

    private SignedPdf() {}

    /** Whether the stream starts like a PDF; it must support mark, and is reset to where it was. */
    static boolean isPdf(InputStream content) {
        try {
            content.mark(MAGIC.length);
            byte[] head = content.readNBytes(MAGIC.length);
            content.reset();
            return Arrays.equals(head, MAGIC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's own name, without any path, at most 255 characters, ending in .pdf. */
    static String fileName(String uploaded) {
        String name = uploaded == null ? "" : uploaded.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty()) {
            name = "naskah.pdf";
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            name = name + ".pdf";
        }
        return name.length() > AgreementDocument.FILE_NAME_MAX
                ? name.substring(name.length() - AgreementDocument.FILE_NAME_MAX)
                : name;
    }
}
