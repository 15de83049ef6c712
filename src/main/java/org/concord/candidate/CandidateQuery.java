package org.concord.candidate;

/**
 * One page of a recruiter's candidate list as the table asks for it: from row {@code first},
 * {@code size} rows, sorted by one of {@link #SORTABLE} (newest first when none), filtered by
 * parts of the name and the position (case-insensitive; blank filters nothing).
 */
public record CandidateQuery(int first, int size, String sortField, boolean ascending, String name, String position) {

    /** The fields the list may be sorted by, as the page names them. */
    public static final java.util.List<String> SORTABLE = java.util.List.of("name", "position", "createdAt", "deleteAfter");

    public CandidateQuery {
        first = Math.max(0, first);
        size = Math.min(Math.max(1, size), 100);
        if (sortField != null && !SORTABLE.contains(sortField)) {
            sortField = null;
        }
    }

    /** The first page, newest first, unfiltered. */
    public static CandidateQuery firstPage(int size) {
        return new CandidateQuery(0, size, null, false, null, null);
    }
}
