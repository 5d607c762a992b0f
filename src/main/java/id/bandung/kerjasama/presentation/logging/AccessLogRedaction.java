package id.bandung.kerjasama.presentation.logging;

import java.util.List;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.AccessLogValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * When Tomcat's access log is switched on ({@code server.tomcat.accesslog.enabled=true}), swaps Spring Boot's valve
 * for one that writes the same lines without display-link tokens. Runs after Spring Boot's own customizer, which
 * adds the valve.
 */
@Component
class AccessLogRedaction implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        List<Valve> valves = factory.getEngineValves().stream()
                .map(valve -> valve.getClass() == AccessLogValve.class
                        ? new RedactingAccessLogValve((AccessLogValve) valve)
                        : valve)
                .toList();
        factory.setEngineValves(valves);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
