package org.concord.web.recruiter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concord.candidate.Candidate;
import org.concord.candidate.CandidateQuery;
import org.concord.candidate.CandidateService;
import org.concord.security.Caller;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The candidate list's rows, a page at a time: the table's paging, sorting and filters become a
 * {@link CandidateQuery} that {@link CandidateService} runs in the database, for the signed-in
 * recruiter only.
 */
public class CandidateListModel extends LazyDataModel<Candidate> {

    private static final long serialVersionUID = 1L;

    private final CandidateService candidates;
    private final Caller caller;

    CandidateListModel(CandidateService candidates, Caller caller) {
        this.candidates = candidates;
        this.caller = caller;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) candidates.count(Optional.of(caller), query(0, 1, Map.of(), filterBy));
    }

    @Override
    public List<Candidate> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return candidates.page(Optional.of(caller), query(first, pageSize, sortBy, filterBy));
    }

    @Override
    public String getRowKey(Candidate candidate) {
        return String.valueOf(candidate.getId());
    }

    private static CandidateQuery query(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        return new CandidateQuery(first, size, sort == null ? null : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.ASCENDING, filter(filterBy, "name"), filter(filterBy, "position"));
    }

    private static String filter(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        return meta == null || meta.getFilterValue() == null ? null : meta.getFilterValue().toString();
    }
}
