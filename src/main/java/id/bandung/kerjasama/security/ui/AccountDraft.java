package id.bandung.kerjasama.security.ui;

import id.bandung.kerjasama.base.domain.PlainText;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.security.SecurityProperties;
import id.bandung.kerjasama.security.UserAccount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator types to create an account, validated before anything is stored. */
public class AccountDraft {

    /** BCrypt reads at most 72 bytes of a password. */
    static final int PASSWORD_MAX = 72;

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "{users.username.format}")
    private String username = "";

    @NotBlank(message = "{validation.required}")
    @PlainText(max = UserAccount.DISPLAY_NAME_MAX)
    private String displayName = "";

    @NotNull(message = "{validation.required}")
    private Roles.Role role = Roles.Role.STAFF;

    @NotBlank(message = "{validation.required}")
    @Size(min = SecurityProperties.ADMIN_PASSWORD_MIN, max = PASSWORD_MAX, message = "{users.password.length}")
    private String password = "";

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Roles.Role getRole() {
        return role;
    }

    public void setRole(Roles.Role role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
