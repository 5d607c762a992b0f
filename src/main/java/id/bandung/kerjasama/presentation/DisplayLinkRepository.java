package id.bandung.kerjasama.presentation;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DisplayLinkRepository extends JpaRepository<DisplayLink, Long> {

    Optional<DisplayLink> findByTokenHash(String tokenHash);

    @Modifying
    @Query(nativeQuery = true, value = "update display_link set last_opened_at = :when where id = :id")
    void markOpened(long id, Instant when);
}
