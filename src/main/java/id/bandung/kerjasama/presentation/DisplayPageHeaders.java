package id.bandung.kerjasama.presentation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The display page's address holds its token, so the page tells the browser never to send that address on:
 * {@code Referrer-Policy: no-referrer} instead of the app's same-origin policy (Spring Security's header writer
 * leaves a policy that is already set alone). Its own requests (UIDL, push, styles) then carry no Referer either.
 */
@Configuration(proxyBeanMethods = false)
class DisplayPageHeaders {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> displayPageReferrerPolicy() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        response.setHeader("Referrer-Policy", "no-referrer");
                        chain.doFilter(request, response);
                    }
                });
        registration.addUrlPatterns("/display/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
