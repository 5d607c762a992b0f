package id.bandung.kerjasama.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.agreement.Pdfs;
import id.bandung.kerjasama.support.Records;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The signed document of an agreement, uploaded through a real Chromium and sent to the upload address by hand: a
 * scan of 15 MB goes in whole and comes back as an inert document; anything over 20 MB is refused by the server,
 * multipart or not, with or without a length, before it is read, and leaves nothing stored.
 */
class DocumentUploadIT extends BrowserTest {

    private static final int MB = 1024 * 1024;

    @Autowired
    Records records;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_15_mb_signed_pdf_uploads_through_the_browser_and_comes_back_as_an_inert_document() throws Exception {
        Agreement agreement = agreement("Naskah pindaian 15 MB");
        Path folder = Files.createTempDirectory("upload-it");
        Path scan = folder.resolve("Naskah Bandung–Suwon (ttd) é.pdf");
        byte[] pdf = Pdfs.ofSize("Naskah pindaian", 15 * MB);
        Files.write(scan, pdf);

        openEditor(agreement);
        page.locator("vaadin-upload input[type=file]").setInputFiles(scan);
        assertThat(page.locator(".document-name"))
                .hasText(scan.getFileName().toString(), new LocatorAssertions.HasTextOptions().setTimeout(120_000));
        screenshot("agreement-document-15mb-id");
        assertThat(jdbc.queryForObject(
                        "select encode(sha256(content), 'hex') from agreement_document "
                                + "where agreement_id = ? and size_bytes = ?",
                        String.class,
                        agreement.getId(),
                        pdf.length))
                .isEqualTo(sha256(pdf));

        String utf8Name = "filename*=UTF-8''Naskah%20Bandung%E2%80%93Suwon%20%28ttd%29%20%C3%A9.pdf";
        APIResponse view =
                context.request().get(url(page.locator("#document-view").getAttribute("href")));
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.headers())
                .containsEntry("content-type", "application/pdf")
                .containsEntry("content-security-policy", "sandbox")
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry(
                        "content-disposition", "inline; filename=\"Naskah Bandung_Suwon (ttd) e.pdf\"; " + utf8Name);
        assertThat(sha256(view.body())).isEqualTo(sha256(pdf));
        APIResponse download =
                context.request().get(url(page.locator("#document-download").getAttribute("href")));
        assertThat(download.headers())
                .containsEntry("content-security-policy", "sandbox")
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry(
                        "content-disposition",
                        "attachment; filename=\"Naskah Bandung_Suwon (ttd) e.pdf\"; " + utf8Name);
    }

    @Test
    void a_refused_file_is_explained_at_the_field_and_leaves_the_stored_document_as_it_was() throws Exception {
        Agreement agreement = agreement("Naskah dengan berkas ditolak");
        Path folder = Files.createTempDirectory("upload-it");
        Path first = folder.resolve("naskah-asli.pdf");
        Files.write(first, Pdfs.minimal("Naskah asli"));
        Path notPdf = folder.resolve("bukan-pdf.pdf");
        Files.writeString(notPdf, "<html><script>window.hacked = true</script></html>");
        Path tooLarge = folder.resolve("terlalu-besar.pdf");
        Files.write(tooLarge, Pdfs.ofSize("Terlalu besar", 21 * MB));

        openEditor(agreement);
        Locator input = page.locator("vaadin-upload input[type=file]");
        input.setInputFiles(first);
        assertThat(page.locator(".document-name")).hasText("naskah-asli.pdf");

        input.setInputFiles(notPdf);
        assertThat(page.locator(".document-refusal"))
                .hasText("Berkas ini bukan PDF. Unggah naskah yang ditandatangani dalam format PDF.");
        screenshot("agreement-document-refused-id");

        input.setInputFiles(tooLarge);
        assertThat(page.locator(".document-refusal")).hasText("Berkas lebih besar dari 20 MB.");
        assertThat(page.locator(".document-name")).hasText("naskah-asli.pdf");
        assertThat(jdbc.queryForList(
                        "select file_name from agreement_document where agreement_id = ?",
                        String.class,
                        agreement.getId()))
                .containsExactly("naskah-asli.pdf");
    }

    /**
     * The bytes are generated while they are sent, so the test's own side holds no 25 MB either; the app runs in
     * this JVM, so its heap is the one measured: in use after a full collection, and the old generation's peak
     * during the requests (a buffered upload of this size lands there at once, as one humongous array).
     */
    @Test
    void a_25_mb_request_to_the_upload_address_is_refused_before_it_fills_memory() throws Exception {
        Agreement agreement = agreement("Naskah untuk unggahan raksasa");
        openEditor(agreement);
        String address = url(page.locator("vaadin-upload").getAttribute("target"));
        String cookies = context.cookies().stream()
                .map(cookie -> cookie.name + "=" + cookie.value)
                .collect(Collectors.joining("; "));
        long size = 25L * MB;
        String boundary = "----kerjasama-test-boundary";
        Supplier<InputStream> multipartBody = () -> new SequenceInputStream(
                new SequenceInputStream(
                        ascii("--" + boundary
                                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"besar.pdf\""
                                + "\r\nContent-Type: application/pdf\r\n\r\n"),
                        filler(size)),
                ascii("\r\n--" + boundary + "--\r\n"));
        String multipart = "multipart/form-data; boundary=" + boundary;
        long multipartSize = multipartBody.get().transferTo(OutputStream.nullOutputStream());

        long before = usedHeapAfterGc();
        long oldBefore = resetOldGenerationPeak();
        int withLength = post(address, cookies, "application/octet-stream", filler(size), size);
        int chunked = post(address, cookies, "application/octet-stream", filler(size), -1);
        int multipartWithLength = post(address, cookies, multipart, multipartBody.get(), multipartSize);
        int multipartChunked = post(address, cookies, multipart, multipartBody.get(), -1);
        long oldPeakGrowth = oldGenerationPeak() - oldBefore;
        long after = usedHeapAfterGc();

        System.out.printf(
                "Refused 25 MB uploads: heap in use after GC %.1f MB before, %.1f MB after (%+.1f MB); "
                        + "old generation peak %+.1f MB during the four requests%n",
                before / (double) MB, after / (double) MB, (after - before) / (double) MB, oldPeakGrowth / (double) MB);
        assertThat(List.of(withLength, chunked, multipartChunked, multipartWithLength))
                .containsOnly(413);
        assertThat(after - before).isLessThan(10L * MB);
        assertThat(oldPeakGrowth).isLessThan(10L * MB);
        assertThat(jdbc.queryForObject(
                        "select count(*) from agreement_document where agreement_id = ?",
                        Long.class,
                        agreement.getId()))
                .isZero();

        // Announced as too large, refused before a single byte of the body is sent.
        assertThat(post(address, cookies, "application/octet-stream", InputStream.nullInputStream(), size))
                .isEqualTo(413);
        assertThat(post(address, cookies, multipart, InputStream.nullInputStream(), multipartSize))
                .isEqualTo(413);
    }

    private Agreement agreement(String title) {
        return records.regional(records.city(Records.unique("Kota Unggah")), title, DocumentKind.KESEPAKATAN_BERSAMA);
    }

    private void openEditor(Agreement agreement) {
        signIn("staf", "bandung");
        page.navigate(url("agreements/" + agreement.getId()));
        page.locator("vaadin-upload").waitFor();
    }

    /**
     * The status of a POST written by hand, with a Content-Length or chunked ({@code length} -1). The answer is read
     * while the body is still being sent: a server that refuses early closes the connection, and the rest of the
     * body then fails to go out, which is the point.
     */
    private int post(String address, String cookies, String contentType, InputStream body, long length)
            throws Exception {
        URI uri = URI.create(address);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(120_000);
            InputStream answer = socket.getInputStream();
            CompletableFuture<String> statusLine = CompletableFuture.supplyAsync(() -> readLine(answer));
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
            String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            out.write(("POST " + target + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                            + "\r\nCookie: " + cookies + "\r\nContent-Type: " + contentType + "\r\n"
                            + (length >= 0 ? "Content-Length: " + length : "Transfer-Encoding: chunked") + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = body.read(buffer)) > 0; ) {
                    if (length < 0) {
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(buffer, 0, n);
                    if (length < 0) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                }
                if (length < 0) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException e) {
                // the server stopped reading; its answer says why
            }
            String line = statusLine.get(120, TimeUnit.SECONDS);
            return Integer.parseInt(line.split(" ")[1]);
        }
    }

    private static String readLine(InputStream in) {
        try {
            StringBuilder line = new StringBuilder();
            for (int c; (c = in.read()) >= 0 && c != '\n'; ) {
                line.append((char) c);
            }
            return line.toString().strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream filler(long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                Arrays.fill(buffer, offset, offset + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
    }

    private static InputStream ascii(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** The heap in use once a collection frees nothing more. */
    private static long usedHeapAfterGc() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        for (int collections = 0; collections < 10; collections++) {
            System.gc();
            long after =
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (after >= used) {
                return after;
            }
            used = after;
        }
        return used;
    }

    private static List<MemoryPoolMXBean> oldGeneration() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool ->
                        pool.getType() == MemoryType.HEAP && pool.getName().contains("Old Gen"))
                .toList();
    }

    private static long resetOldGenerationPeak() {
        oldGeneration().forEach(MemoryPoolMXBean::resetPeakUsage);
        return oldGeneration().stream()
                .mapToLong(pool -> pool.getUsage().getUsed())
                .sum();
    }

    private static long oldGenerationPeak() {
        return oldGeneration().stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
