package id.bandung.kerjasama.presentation.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import id.bandung.kerjasama.presentation.TokenRedaction;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/** Spring Boot's stack traces ({@code %wEx}) without display-link tokens in the exceptions' messages. */
public class RedactingThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return TokenRedaction.redact(super.throwableProxyToString(throwable));
    }
}
