package org.concord.questionnaire;

/**
 * One thing wrong with a questionnaire file, where it is and what to change: printed as
 * {@code file:line: message} so that editors and CI logs link straight to it. {@code file} is
 * the file's name, {@code line} 1-based, 0 only when the problem has no position in the file
 * (an unreadable file, a folder that cannot be listed).
 */
public record Problem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
