package id.bandung.kerjasama.presentation.logging;

import id.bandung.kerjasama.presentation.TokenRedaction;
import java.io.CharArrayWriter;
import org.apache.catalina.valves.AccessLogValve;

/** Tomcat's access log, each line without display-link tokens (the request line holds {@code /display/<token>}). */
class RedactingAccessLogValve extends AccessLogValve {

    RedactingAccessLogValve(AccessLogValve configured) {
        setPattern(configured.getPattern());
        setDirectory(configured.getDirectory());
        setPrefix(configured.getPrefix());
        setSuffix(configured.getSuffix());
        setEncoding(configured.getEncoding());
        setLocale(configured.getLocale());
        setCheckExists(configured.isCheckExists());
        setRotatable(configured.isRotatable());
        setRenameOnRotate(configured.isRenameOnRotate());
        setMaxDays(configured.getMaxDays());
        setFileDateFormat(configured.getFileDateFormat());
        setIpv6Canonical(configured.getIpv6Canonical());
        setRequestAttributesEnabled(configured.getRequestAttributesEnabled());
        setBuffered(configured.isBuffered());
        setConditionIf(configured.getConditionIf());
        setConditionUnless(configured.getConditionUnless());
        setEnabled(configured.getEnabled());
    }

    @Override
    public void log(CharArrayWriter message) {
        CharArrayWriter redacted = new CharArrayWriter();
        redacted.append(TokenRedaction.redact(message.toString()));
        super.log(redacted);
    }
}
