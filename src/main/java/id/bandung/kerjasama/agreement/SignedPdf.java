package id.bandung.kerjasama.agreement;

import id.bandung.kerjasama.base.domain.UploadedFileName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/** What makes an uploaded file a signed document we keep: a PDF by its content, under a clean file name. */
public final class SignedPdf {

    private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};

    private SignedPdf() {}

    /** Whether the stream starts like a PDF; it must support mark, and is reset to where it was. */
    public static boolean isPdf(InputStream content) {
        try {
            content.mark(MAGIC.length);
            byte[] head = content.readNBytes(MAGIC.length);
            content.reset();
            return Arrays.equals(head, MAGIC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's own name, cleaned ({@link UploadedFileName}), ending in .pdf. */
    static String fileName(String uploaded) {
        return UploadedFileName.clean(uploaded, "naskah", ".pdf");
    }
}
