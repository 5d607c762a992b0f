package id.bandung.kerjasama.base.domain;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Paging that holds still while rows come and go: every order ends with the id. */
public final class StablePages {

    private StablePages() {}

    /**
     * A page request whose order ends with the id, so that pages never overlap or skip rows. The id runs in the
     * direction of the first order, so that an index on (column, id) serves both directions.
     */
    public static Pageable of(Pageable pageable, Sort defaultSort) {
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : defaultSort;
        if (sort.getOrderFor("id") == null) {
            Sort.Direction direction =
                    sort.stream().findFirst().map(Sort.Order::getDirection).orElse(Sort.Direction.ASC);
            sort = sort.and(Sort.by(direction, "id"));
        }
        return PageRequest.of(pageable.getPageNumber(), Math.max(1, pageable.getPageSize()), sort);
    }
}
