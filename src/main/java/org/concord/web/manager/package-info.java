/**
 * A manager's pages: the teams they manage and a team's results once its wave is closed.
 */
package org.concord.web.manager;
