package id.bandung.kerjasama.presentation.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import id.bandung.kerjasama.presentation.TokenRedaction;

/** The log message ({@code %m}, {@code %msg}, {@code %message}) without display-link tokens. */
public class RedactingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return TokenRedaction.redact(super.convert(event));
    }
}
