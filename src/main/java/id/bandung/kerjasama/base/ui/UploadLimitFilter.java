package id.bandung.kerjasama.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload larger than the limit before anyone reads it: at once with 413 when its Content-Length says so,
 * and, for a body of unknown length (chunked), by failing the read as soon as it passes the limit. Vaadin's upload
 * handlers read the raw body of a non-multipart request with no limit of their own, so this is what bounds them.
 * Multipart bodies are parsed by the servlet container, which applies {@code spring.servlet.multipart.*} itself; the
 * limit here is {@code max-request-size}, so the two agree. Registered for Vaadin's upload addresses only
 * ({@link UploadLimitConfiguration}).
 */
public class UploadLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;

    public UploadLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            refuse(response);
            return;
        }
        if (request.getContentLengthLong() >= 0) { // the container never reads past a declared length
            chain.doFilter(request, response);
            return;
        }
        LimitedRequest limited = new LimitedRequest(request, maxBytes);
        try {
            chain.doFilter(limited, response);
        } finally {
            if (limited.exceeded && !response.isCommitted()) {
                response.reset();
                refuse(response);
            }
        }
    }

    /**
     * A bare 413: no error page, whose dispatch would only try to parse the refused body again. Closing the
     * connection spares reading the rest of a body nobody wants.
     */
    private static void refuse(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setHeader("Connection", "close");
        response.setContentLength(0);
    }

    /** Thrown by the body's stream once more than the limit has been read. */
    public static class TooLargeException extends IOException {
        TooLargeException(long maxBytes) {
            super("Request body larger than " + maxBytes + " bytes");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;
        private boolean exceeded;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(
                    getInputStream(), encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }

        private final class LimitedStream extends ServletInputStream {

            private final ServletInputStream in;
            private long read;

            LimitedStream(ServletInputStream in) {
                this.in = in;
            }

            @Override
            public int read() throws IOException {
                int b = in.read();
                count(b < 0 ? -1 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                count(n);
                return n;
            }

            private void count(int n) throws TooLargeException {
                if (n > 0) {
                    read += n;
                }
                if (read > maxBytes) {
                    exceeded = true;
                    throw new TooLargeException(maxBytes);
                }
            }

            @Override
            public boolean isFinished() {
                return in.isFinished();
            }

            @Override
            public boolean isReady() {
                return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }
        }
    }
}
