package org.concord.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.database.Like;
import org.concord.kernel.PageRequest;

/**
 * Builds the JPQL of one page of a list: a fixed FROM clause, conditions, "contains" filters
 * on whitelisted fields (case-insensitive) and a sort on a whitelisted field, then a count
 * and a page query that share them. The rows paged are always called {@code x} in the JPQL. Field names from the browser only ever select an entry of
 * the whitelist; their values are bound as parameters.
 */
public final class PageQuery {

    private final String select;
    private final String from;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private String order = "";

    public PageQuery(String select, String from) {
        this.select = select;
        this.from = from;
    }

    public PageQuery where(String condition, String name, Object value) {
        conditions.add(condition);
        if (name != null) {
            parameters.put(name, value);
        }
        return this;
    }

    /** Applies the request's filters on the fields in {@code filterable} (field -> JPQL path). */
    public PageQuery filters(PageRequest request, Map<String, String> filterable) {
        int n = 0;
        for (Map.Entry<String, String> field : filterable.entrySet()) {
            String value = request.filter(field.getKey());
            if (value != null) {
                String name = "f" + n++;
                where("LOWER(" + field.getValue() + ") LIKE :" + name + Like.ESCAPE, name, Like.containing(value));
            }
        }
        return this;
    }

    /** Sorts on the request's field when it is one of {@code sortable}, else on {@code fallback}. */
    public PageQuery sort(PageRequest request, Map<String, String> sortable, String fallback) {
        String path = request.sortField() == null ? null : sortable.get(request.sortField());
        order = path == null ? " ORDER BY " + fallback
                : " ORDER BY " + path + (request.ascending() ? " ASC" : " DESC") + ", " + fallback;
        return this;
    }

    public long count(EntityManager entityManager) {
        TypedQuery<Long> query = entityManager.createQuery("SELECT COUNT(x) FROM " + from + where(), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    public <T> List<T> rows(EntityManager entityManager, PageRequest request, Class<T> type) {
        TypedQuery<T> query = entityManager.createQuery("SELECT " + select + " FROM " + from + where() + order, type);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
    }

    private String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
