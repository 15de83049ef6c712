/**
 * What a respondent sees through a personal or shared link, without an account: the answers
 * page, the cookies and headers of those pages, the guessing limit on links, and the rescue of
 * answers posted after their view was lost.
 */
package org.concord.web.respondent;
