/**
 * One person answering one questionnaire version: answers saved page by page, refused outside the
 * response format, submitted once with scale scores and their scoring version; and what
 * respondents do through their link without an account (open, consent, save, submit; shared links
 * capped at the team's size, blank questionnaires refused). Campaign answers keep no time and are
 * cut from their invitation when complete.
 */
package org.concord.assessment;
