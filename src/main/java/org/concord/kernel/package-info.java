/**
 * The shared kernel every feature uses, in plain Java (no Jakarta, no POI, no JDBC): the one
 * {@link org.concord.kernel.Refusal} (a message key, its arguments and the field it concerns),
 * one page of a list and how a table asks for it, the checks on typed text, access tokens, the
 * progress of an answer sheet, and the CSV reader and JSON writer of files people exchange.
 */
package org.concord.kernel;
