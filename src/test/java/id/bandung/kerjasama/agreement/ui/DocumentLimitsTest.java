package id.bandung.kerjasama.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.bandung.kerjasama.agreement.AgreementDocument;
import id.bandung.kerjasama.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;

/** The server's upload limits as configured, and the file name a served document carries. */
@IntegrationTest
class DocumentLimitsTest {

    @Autowired
    MultipartProperties multipart;

    @Test
    void the_multipart_limits_are_the_20_mb_a_document_may_have_plus_its_envelope_and_parts_go_to_disk() {
        assertThat(multipart.getMaxFileSize().toBytes()).isEqualTo(AgreementDocument.MAX_BYTES);
        assertThat(multipart.getMaxRequestSize().toBytes())
                .isEqualTo(AgreementDocument.MAX_BYTES + DocumentUploadHandler.ENVELOPE_BYTES);
        assertThat(multipart.getFileSizeThreshold().toBytes()).isZero();
    }

    @Test
    void a_served_file_name_is_plain_ascii_in_quotes_and_utf8_beside_it() {
        assertThat(DocumentDownloadHandler.contentDisposition(true, "naskah.pdf"))
                .isEqualTo("inline; filename=\"naskah.pdf\"; filename*=UTF-8''naskah.pdf");
        assertThat(DocumentDownloadHandler.contentDisposition(false, "Perjanjian Bandung–Suwon é 100%.pdf"))
                .isEqualTo("attachment; filename=\"Perjanjian Bandung_Suwon e 100_.pdf\"; "
                        + "filename*=UTF-8''Perjanjian%20Bandung%E2%80%93Suwon%20%C3%A9%20100%25.pdf");
        assertThat(DocumentDownloadHandler.contentDisposition(false, "a\"b\\c;d\r\nSet-Cookie: x=1.pdf"))
                .isEqualTo("attachment; filename=\"a_b_c;d__Set-Cookie: x=1.pdf\"; "
                        + "filename*=UTF-8''a%22b%5Cc%3Bd%0D%0ASet-Cookie%3A%20x%3D1.pdf");
        assertThat(DocumentDownloadHandler.contentDisposition(true, "会议纪要.pdf"))
                .isEqualTo("inline; filename=\"____.pdf\"; filename*=UTF-8''%E4%BC%9A%E8%AE%AE%E7%BA%AA%E8%A6%81.pdf");
    }
}
