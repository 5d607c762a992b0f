package id.bandung.kerjasama.base.domain;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole app (a bean), in Bandung's time zone, so that tests can move it. */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {

    public static final ZoneId BANDUNG = ZoneId.of("Asia/Jakarta");

    @Bean
    Clock clock() {
        return Clock.system(BANDUNG);
    }
}
