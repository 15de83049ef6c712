package org.concord.interview;

import org.concord.candidate.Candidate;

/** One line of the candidate list: the candidate and where they stand. */
public record CandidateRow(Candidate candidate, CandidateStatus status) implements java.io.Serializable {
}
