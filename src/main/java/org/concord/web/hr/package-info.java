/**
 * HR's pages: teams and members, campaigns and their waves, links and invitations, and the
 * organisation view of a closed wave.
 */
package org.concord.web.hr;
