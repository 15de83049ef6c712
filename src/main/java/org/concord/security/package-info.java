/**
 * Who may open what: accounts and roles, passwords hashed by Jakarta Security's PBKDF2, password
 * rules (zxcvbn), sign-in throttling without lock-out, session epochs that end other sessions
 * after a password change, the access rules table and the filters that apply it to the served
 * path, local-only redirects, security headers, and the audit trail.
 */
package org.concord.security;
