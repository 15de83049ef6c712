package org.concord.privacy;

/** A file handed to the person who asked for a candidate's data: its name and its bytes. */
public record CandidateExport(String fileName, String contentType, byte[] content) {
}
