package id.bandung.kerjasama.presentation;

import id.bandung.kerjasama.base.domain.Actor;
import id.bandung.kerjasama.security.Roles;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * What a valid display link grants: the aggregate figures, asked for as the display pseudo-role. The grant lives
 * only for the duration of each call; the browser's session stays anonymous, so no route and no record opens.
 * {@code expiresAt} (null: none) is when the screen must stop; it asks {@link DisplayLinkService#check} again then.
 */
public record DisplayPass(long linkId, String name, Instant expiresAt) {

    /** Runs {@code work} (calls for figures) as this display. */
    public <T> T call(Supplier<T> work) {
        return Actor.callAs(
                UsernamePasswordAuthenticationToken.authenticated(
                        "display-" + linkId, null, AuthorityUtils.createAuthorityList("ROLE_" + Roles.DISPLAY)),
                work);
    }
}
