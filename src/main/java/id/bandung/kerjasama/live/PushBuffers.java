package id.bandung.kerjasama.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.spring.SpringServlet;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.embedded.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Smaller receive buffers for the push WebSocket. Every push socket gets receive buffers for a whole incoming message:
 * Vaadin asks Atmosphere for 16 KB text and binary ones, and Tomcat allocates 8 K characters and 8 KB per socket
 * before that. Together they came to more than 70 KB of heap per open screen. With {@code WEBSOCKET_XHR} the browser
 * sends its requests over HTTP, and the socket only carries the server's messages to the browser, plus Atmosphere's
 * few-byte heartbeats the other way; 1 KB is plenty. Vaadin leaves Atmosphere's settings alone when the servlet has
 * them as init parameters, and Tomcat reads its own from the context's parameters.
 * <p>
 * Production builds only: in development mode Vaadin's dev tools talk to the server over the same endpoint, with
 * messages of several kilobytes. See decision note 011.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(PushBuffers.ProductionBuild.class)
class PushBuffers {

    /** Where Vaadin's production build records that it is one, and where Vaadin itself reads it. */
    static final String TOKEN_FILE = "META-INF/VAADIN/config/flow-build-info.json";

    /** Characters (text) and bytes (binary) a push socket can receive in one message. */
    static final int RECEIVE_BUFFER_SIZE = 1024;

    static final String WEBSOCKET_BUFFER_SIZE = "org.atmosphere.websocket.bufferSize";
    static final String WEBSOCKET_MAX_TEXT_SIZE = "org.atmosphere.websocket.maxTextMessageSize";
    static final String WEBSOCKET_MAX_BINARY_SIZE = "org.atmosphere.websocket.maxBinaryMessageSize";
    static final String TOMCAT_TEXT_BUFFER_SIZE = "org.apache.tomcat.websocket.textBufferSize";
    static final String TOMCAT_BINARY_BUFFER_SIZE = "org.apache.tomcat.websocket.binaryBufferSize";

    @Bean
    TomcatContextCustomizer webSocketReceiveBuffers() {
        return context -> {
            context.addParameter(TOMCAT_TEXT_BUFFER_SIZE, String.valueOf(RECEIVE_BUFFER_SIZE));
            context.addParameter(TOMCAT_BINARY_BUFFER_SIZE, String.valueOf(RECEIVE_BUFFER_SIZE));
        };
    }

    @Bean
    static BeanPostProcessor pushReceiveBuffers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    String size = String.valueOf(RECEIVE_BUFFER_SIZE);
                    registration.addInitParameter(WEBSOCKET_BUFFER_SIZE, size);
                    registration.addInitParameter(WEBSOCKET_MAX_TEXT_SIZE, size);
                    registration.addInitParameter(WEBSOCKET_MAX_BINARY_SIZE, size);
                }
                return bean;
            }
        };
    }

    /** Matches when the class path holds Vaadin's production build (its token file says {@code productionMode}). */
    static final class ProductionBuild implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return productionBuild(context.getClassLoader());
        }

        static boolean productionBuild(ClassLoader classLoader) {
            URL tokenFile = classLoader == null ? null : classLoader.getResource(TOKEN_FILE);
            if (tokenFile == null) {
                return false;
            }
            try (InputStream in = tokenFile.openStream()) {
                return new ObjectMapper().readTree(in).path("productionMode").asBoolean(false);
            } catch (IOException unreadable) {
                return false;
            }
        }
    }
}
