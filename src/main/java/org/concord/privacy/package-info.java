/**
 * Personal data of candidates and members: the hourly retention job, erasure on request, and the
 * per-person export of everything held, each audited.
 */
package org.concord.privacy;
