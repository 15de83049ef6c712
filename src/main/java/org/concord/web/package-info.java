/**
 * The Faces backing beans, one sub-package per area of the site: {@code respondent} (answering
 * through a link), {@code recruiter}, {@code hr}, {@code manager}, {@code admin}, {@code reports},
 * and {@code shared} (messages and the one refusal handler, language, sign-in, paging tables,
 * bad parameters and expired views) which every area uses and which uses none of them. Beans
 * stay thin: they call services and never an EntityManager.
 */
package org.concord.web;
