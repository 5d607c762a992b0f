package id.bandung.kerjasama.security;

import id.bandung.kerjasama.base.domain.AbstractEntity;
import id.bandung.kerjasama.base.domain.EmailAddress;
import id.bandung.kerjasama.base.domain.OptionalText;
import id.bandung.kerjasama.base.domain.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A person who may sign in. The password is kept only as a BCrypt hash. */
@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    public static final int DISPLAY_NAME_MAX = 120;

    @NotBlank
    @Pattern(regexp = "[a-z0-9._-]{3,64}")
    @Column(nullable = false, length = USERNAME_MAX)
    private String username;

    @NotBlank
    @PlainText(max = DISPLAY_NAME_MAX)
    @Column(nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Roles.Role role;

    @NotBlank
    @Column(nullable = false, length = 100)
    private String passwordHash;

    /** Where reminders are e-mailed (optional; set by the account's owner in the inbox). */
    @EmailAddress
    @Column(length = EmailAddress.MAX)
    private String email;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Raised when the account's open sessions must end; see {@link SessionGuard}. */
    @Column(nullable = false)
    private int sessionEpoch;

    protected UserAccount() {}

    UserAccount(String username, String displayName, Roles.Role role, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        endSessions();
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
        if (!enabled) {
            endSessions();
        }
    }

    void changeRole(Roles.Role role) {
        this.role = role;
        endSessions();
    }

    private void endSessions() {
        sessionEpoch++;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Roles.Role getRole() {
        return role;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = OptionalText.orNull(email == null ? null : email.trim());
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }
}
