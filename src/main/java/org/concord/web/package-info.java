/**
 * The Faces backing beans of every page (respondent, recruiter, HR, manager, administrator,
 * reports) and the web plumbing they share: messages, language selection, charts' JSON, bad
 * parameters and expired views, repeat-safe form keys.
 */
package org.concord.web;
