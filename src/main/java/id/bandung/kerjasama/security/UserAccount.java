package id.bandung.kerjasama.security;

import id.bandung.kerjasama.base.domain.AbstractEntity;
import id.bandung.kerjasama.base.domain.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.Instant;

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

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false)
    private int failedSignIns;

    private Instant lockedUntil;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, Roles.Role role, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in; the one that reaches the limit locks the account until {@code lockUntil}. */
    boolean recordFailedSignIn(int limit, Instant lockUntil) {
        failedSignIns++;
        if (failedSignIns >= limit) {
            failedSignIns = 0;
            lockedUntil = lockUntil;
            return true;
        }
        return false;
    }

    void recordSuccessfulSignIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
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

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
