package org.concord.api;

import java.util.List;
import org.concord.kernel.Page;
import org.concord.kernel.PageRequest;

/**
 * One page of a list as the API answers it: the items, the total over the whole (filtered)
 * list, and which page of what size this is.
 */
public record ListBody<T>(List<T> items, long total, int page, int size) {

    static <T> ListBody<T> of(Page<T> page, PageRequest request) {
        return new ListBody<>(page.rows(), page.total(), request.first() / request.size(), request.size());
    }

    /** A page cut from a list held whole (a short one, such as the questionnaire library). */
    static <T> ListBody<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(all.size(), request.first());
        int to = Math.min(all.size(), from + request.size());
        return new ListBody<>(all.subList(from, to), all.size(), request.first() / request.size(), request.size());
    }
}
