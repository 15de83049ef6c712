package org.concord.web.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.concord.kernel.Page;
import org.concord.kernel.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy data table backed by a service that pages in the database: the table's
 * page, sort and column filters become a {@link PageRequest}, the service answers one page
 * and the total. The bean that holds it never touches the database itself.
 */
public class ServiceLazyModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The service call: one page for a request (a method reference on an injected service proxy). */
    public interface Source<T> extends Function<PageRequest, Page<T>>, java.io.Serializable {
    }

    /** How a row is told apart from the others, for selection and row keys. */
    public interface Key<T> extends Function<T, String>, java.io.Serializable {
    }

    private final Source<T> source;
    private final Key<T> key;
    private transient Page<T> last;

    public ServiceLazyModel(Source<T> source, Key<T> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.apply(request(0, 1, Map.of(), filterBy)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        last = source.apply(request(first, pageSize, sortBy, filterBy));
        setRowCount((int) last.total());
        return last.rows();
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return last == null ? null : last.rows().stream().filter(row -> key.apply(row).equals(rowKey)).findFirst().orElse(null);
    }

    private static PageRequest request(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        Map<String, String> filters = new HashMap<>();
        filterBy.values().forEach(f -> {
            if (f.getField() != null && f.getFilterValue() != null) {
                filters.put(f.getField(), f.getFilterValue().toString());
            }
        });
        return new PageRequest(Math.max(0, first), Math.max(1, size), sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING, filters);
    }
}
