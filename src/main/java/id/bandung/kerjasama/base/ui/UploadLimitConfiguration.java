package id.bandung.kerjasama.base.ui;

import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link UploadLimitFilter} in front of Vaadin's upload addresses, as the client calls them (through Spring's
 * dispatcher) and as Vaadin's servlet answers them directly, with {@code spring.servlet.multipart.max-request-size}
 * as the limit, before anything else can read the body.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitConfiguration {

    static final String[] UPLOAD_ADDRESSES = {"/VAADIN/dynamic/resource/*", "/vaadinServlet/VAADIN/dynamic/resource/*"};

    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(MultipartProperties multipart) {
        var registration = new FilterRegistrationBean<>(
                new UploadLimitFilter(multipart.getMaxRequestSize().toBytes()));
        registration.addUrlPatterns(UPLOAD_ADDRESSES);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
