/**
 * The questionnaire files the server serves, loaded once from the configured folder (or the WAR's
 * own copy) and looked up by id and version.
 */
package org.concord.catalog;
