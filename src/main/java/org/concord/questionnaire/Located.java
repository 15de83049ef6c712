package org.concord.questionnaire;

/**
 * A value read from a file with the line it starts on, for the checks that look across parts
 * of a file (duplicate ids, items per scale) and must still point at the right line.
 */
record Located<T>(T value, int line) {
}
