package id.bandung.kerjasama.base.domain;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole app (a bean), in Bandung's time zone, so that tests can move it. */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {

    /** Bandung's time zone by name, for annotations such as {@code @Scheduled(zone = ...)}. */
    public static final String BANDUNG_ZONE = "Asia/Jakarta";

    public static final ZoneId BANDUNG = ZoneId.of(BANDUNG_ZONE);

    @Bean
    Clock clock() {
        return Clock.system(BANDUNG);
    }
}
