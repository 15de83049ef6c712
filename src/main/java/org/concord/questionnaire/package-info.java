/**
 * The questionnaire model and its YAML files: items, scales, keys, response format, bands, pages
 * and quadrant axes; the loader that reports every problem with its file and line; immutable
 * versions. Pure Java.
 */
package org.concord.questionnaire;
