package id.bandung.kerjasama.security;

/** Another account already has this username. */
public class UsernameTakenException extends RuntimeException {

    public UsernameTakenException(String username) {
        super("The username '" + username + "' is taken");
    }
}
