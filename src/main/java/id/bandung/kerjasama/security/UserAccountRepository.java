package id.bandung.kerjasama.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    long countByRoleAndEnabledTrue(Roles.Role role);

    /** What decides whether open sessions of these accounts may go on. */
    @Query("select new id.bandung.kerjasama.security.SessionGuard$AccountState(a.username, a.enabled, a.sessionEpoch) "
            + "from UserAccount a where a.username in :usernames")
    List<SessionGuard.AccountState> findStates(Collection<String> usernames);
}
