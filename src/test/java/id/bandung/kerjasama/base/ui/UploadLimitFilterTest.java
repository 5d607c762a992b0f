package id.bandung.kerjasama.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The filter on its own, in front of a handler that reads everything it is given (as Vaadin's raw upload does). The
 * app behind real Tomcat is in DocumentUploadIT.
 */
class UploadLimitFilterTest {

    private static final long LIMIT = 1000;
    private final UploadLimitFilter filter = new UploadLimitFilter(LIMIT);
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final AtomicLong read = new AtomicLong();

    @Test
    void a_body_whose_length_is_over_the_limit_is_refused_without_being_read() throws Exception {
        MockHttpServletRequest request = post(new byte[(int) LIMIT + 1]);
        filter.doFilter(request, response, (req, res) -> readAll(req));
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getHeader("Connection")).isEqualTo("close");
        assertThat(read).hasValue(0);
    }

    @Test
    void a_body_of_unknown_length_fails_to_read_past_the_limit_and_is_answered_413() throws Exception {
        MockHttpServletRequest request = chunked(new byte[10 * (int) LIMIT]);
        filter.doFilter(request, response, (req, res) -> {
            assertThatThrownBy(() -> readAll(req)).isInstanceOf(UploadLimitFilter.TooLargeException.class);
        });
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(read).as("ten reads of 100 bytes; the eleventh fails").hasValue(LIMIT);
    }

    @Test
    void a_body_within_the_limit_passes_whole_with_or_without_a_length() throws Exception {
        filter.doFilter(post(new byte[(int) LIMIT]), response, (req, res) -> readAll(req));
        assertThat(read).hasValue(LIMIT);
        read.set(0);
        filter.doFilter(chunked(new byte[(int) LIMIT]), response, (req, res) -> readAll(req));
        assertThat(read).hasValue(LIMIT);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    private static MockHttpServletRequest post(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/VAADIN/dynamic/resource/1/key/upload");
        request.setContentType("application/octet-stream");
        request.setContent(body);
        return request;
    }

    /** A body sent in chunks: its length is not known before it has been read. */
    private static MockHttpServletRequest chunked(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/VAADIN/dynamic/resource/1/key/upload") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.addHeader("Transfer-Encoding", "chunked");
        request.setContentType("application/octet-stream");
        request.setContent(body);
        return request;
    }

    private void readAll(ServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] buffer = new byte[100];
            for (int n; (n = in.read(buffer)) > 0; ) {
                read.addAndGet(n);
            }
        }
    }
}
