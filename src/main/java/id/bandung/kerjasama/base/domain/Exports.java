package id.bandung.kerjasama.base.domain;

import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * Hands every record a filter selects to a consumer in keyset-paged batches (by id), clearing the persistence
 * context after each, so that an export of 100,000 rows never holds more than one batch.
 */
public final class Exports {

    public static final int BATCH = 1_000;

    private Exports() {}

    public static <T> void scroll(
            JpaSpecificationExecutor<T> repository,
            Specification<T> specification,
            EntityManager entityManager,
            Consumer<T> sink) {
        ScrollPosition position = ScrollPosition.keyset();
        Window<T> window;
        do {
            ScrollPosition from = position;
            window = repository.findBy(
                    specification,
                    query -> query.sortBy(Sort.by("id")).limit(BATCH).scroll(from));
            window.forEach(sink);
            if (!window.isEmpty()) {
                position = window.positionAt(window.size() - 1);
            }
            entityManager.clear();
        } while (window.hasNext());
    }
}
