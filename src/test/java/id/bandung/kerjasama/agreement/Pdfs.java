package id.bandung.kerjasama.agreement;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** Valid one-page PDFs, tiny or of a given size, for upload tests. */
public final class Pdfs {

    private Pdfs() {}

    public static byte[] minimal(String text) {
        return build(text, null);
    }

    /**
     * A valid one-page PDF of exactly {@code size} bytes: the page of {@link #minimal} plus an unused stream of
     * filler, as a large scan would carry its image.
     */
    public static byte[] ofSize(String text, int size) {
        int filler = size - minimal(text).length;
        for (int attempt = 0; attempt < 3; attempt++) { // the filler's own length field changes the total a little
            int length = build(text, filler).length;
            if (length == size) {
                return build(text, filler);
            }
            filler += size - length;
        }
        throw new IllegalArgumentException("No PDF of exactly " + size + " bytes");
    }

    private static byte[] build(String text, Integer filler) {
        String content = "BT /F1 18 Tf 72 720 Td (" + text.replaceAll("[()\\\\]", "") + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                    + "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            filler == null ? null : "<< /Length " + filler + " >>\nstream\n" + filler(filler) + "\nendstream"
        };
        if (filler == null) {
            objects = Arrays.copyOf(objects, objects.length - 1);
        }
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ")
                .append(objects.length + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Letters that do not compress away, the same for every run. */
    private static String filler(int length) {
        Random random = new Random(length);
        char[] letters = new char[length];
        for (int i = 0; i < length; i++) {
            letters[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(letters);
    }
}
