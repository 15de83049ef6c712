package org.concord.api;

import java.util.Map;
import java.util.Set;
import org.concord.kernel.PageRequest;
import org.concord.kernel.Refusal;

/**
 * The paging query parameters of a list call, checked: {@code page} from 0, {@code size} from 1
 * to {@value #MAX_SIZE} (default {@value #DEFAULT_SIZE}), {@code sort} one of the list's sortable
 * fields, {@code -field} for descending. Anything else is refused on that parameter.
 */
final class Paging {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private Paging() {
    }

    /** The page request for {@code page}, {@code size} and {@code sort} as the caller wrote them. */
    static PageRequest request(String page, String size, String sort, Set<String> sortable, Map<String, String> filters) {
        int number = number(page, 0, "page");
        int rows = number(size, DEFAULT_SIZE, "size");
        if (number < 0) {
            throw new Refusal("api.paging.page").on("page");
        }
        if (rows < 1 || rows > MAX_SIZE) {
            throw new Refusal("api.paging.size", MAX_SIZE).on("size");
        }
        String field = null;
        boolean ascending = true;
        if (sort != null && !sort.isBlank()) {
            ascending = !sort.startsWith("-");
            field = ascending ? sort : sort.substring(1);
            if (!sortable.contains(field)) {
                throw new Refusal("api.paging.sort", String.join(", ", new java.util.TreeSet<>(sortable))).on("sort");
            }
        }
        if ((long) number * rows > Integer.MAX_VALUE) {
            throw new Refusal("api.paging.page").on("page");
        }
        return new PageRequest(number * rows, rows, field, ascending, filters);
    }

    /** The filters of a list that filters by name alone: {@code name=} when the caller gave it. */
    static Map<String, String> byName(String name) {
        return name == null ? Map.of() : Map.of("name", name);
    }

    private static int number(String text, int otherwise, String parameter) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new Refusal(parameter.equals("page") ? "api.paging.page" : "api.paging.size", MAX_SIZE).on(parameter);
        }
    }
}
