package id.bandung.kerjasama.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password comparisons a piece of work makes in this thread, and against which hash: what a sign-in costs,
 * counted instead of timed. Wraps the app's {@link PasswordEncoder} in the test context, changing nothing it does.
 */
public class PasswordChecks implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> HASHES = ThreadLocal.withInitial(ArrayList::new);

    /** The hashes the work compared a password against, in order. */
    public static List<String> during(Runnable work) {
        HASHES.get().clear();
        try {
            work.run();
            return List.copyOf(HASHES.get());
        } finally {
            HASHES.remove();
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof PasswordEncoder encoder)) {
            return bean;
        }
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return encoder.encode(rawPassword);
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                HASHES.get().add(encodedPassword);
                return encoder.matches(rawPassword, encodedPassword);
            }

            @Override
            public boolean upgradeEncoding(String encodedPassword) {
                return encoder.upgradeEncoding(encodedPassword);
            }
        };
    }
}
