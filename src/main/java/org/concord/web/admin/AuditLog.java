package org.concord.web.admin;

import java.util.List;
import java.util.Map;
import org.concord.security.AuditEntry;
import org.concord.security.AuditQuery;
import org.concord.security.AuditTrail;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit trail as the page's table reads it: one page of entries at a time, newest first,
 * counted and fetched by the database (the trail grows without end, so it is never loaded
 * whole). The page sets the {@link AuditQuery}; the table's own sorting and filtering are off.
 */
public class AuditLog extends LazyDataModel<AuditEntry> {

    private static final long serialVersionUID = 1L;

    private final AuditTrail trail;
    private AuditQuery query = AuditQuery.EVERYTHING;

    public AuditLog(AuditTrail trail) {
        this.trail = trail;
    }

    public void setQuery(AuditQuery query) {
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, trail.count(query));
    }

    @Override
    public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return trail.search(query, first, pageSize);
    }

    @Override
    public String getRowKey(AuditEntry entry) {
        return String.valueOf(entry.getId());
    }
}
