package id.bandung.kerjasama.security;

/**
 * Published for every refused sign-in. {@code shownName} is what the audit log may keep of what was typed as
 * username: the account's name when it names one, else only its first characters (people type their password into
 * the username field, and unknown names would otherwise collect in the log).
 */
public record SignInFailedEvent(String shownName) {

    private static final int KEPT = 3;

    static SignInFailedEvent of(String typed, boolean accountExists) {
        String name = typed == null ? "" : typed.replaceAll("\\p{Cntrl}", "").strip();
        if (accountExists) {
            return new SignInFailedEvent(name);
        }
        int end = name.offsetByCodePoints(0, Math.min(KEPT, name.codePointCount(0, name.length())));
        return new SignInFailedEvent(name.substring(0, end) + "…");
    }
}
