package id.bandung.kerjasama.base.domain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** One clock for the whole app (a bean), in Bandung's time zone, so that tests can move it. */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {

    public static final ZoneId BANDUNG = ZoneId.of("Asia/Jakarta");

    @Bean
    Clock clock() {
        return Clock.system(BANDUNG);
    }
}
