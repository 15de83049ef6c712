/**
 * The administrator's pages: accounts and roles, and the audit trail.
 */
package org.concord.web.admin;
