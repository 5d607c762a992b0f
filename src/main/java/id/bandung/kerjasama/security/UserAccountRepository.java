package id.bandung.kerjasama.security;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    long countByRoleAndEnabledTrue(Roles.Role role);
}
