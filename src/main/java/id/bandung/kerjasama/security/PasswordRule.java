package id.bandung.kerjasama.security;

import java.nio.charset.StandardCharsets;

/**
 * What a password must be: at least 12 characters, and at most 72 bytes in UTF-8, because BCrypt reads no more than
 * 72 bytes (Spring Security refuses longer ones). 72 characters of Javanese or emoji are far more than 72 bytes, so
 * the upper bound is counted in bytes, here in the service, not in the browser.
 */
public final class PasswordRule {

    public static final int MIN_CHARACTERS = 12;
    public static final int MAX_BYTES = 72;

    private PasswordRule() {}

    /** The translation key of what is wrong with the password, or null when it is acceptable. */
    public static String problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
            return "users.error.password-short";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "users.error.password-long";
        }
        return null;
    }

    static void check(String password) {
        String problem = problem(password);
        if (problem != null) {
            throw new AccountRuleException(problem);
        }
    }
}
