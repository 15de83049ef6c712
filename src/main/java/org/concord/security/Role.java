package org.concord.security;

/**
 * What a signed-in person may do in Concord. ADMIN runs the platform (accounts,
 * questionnaires, settings, audit); HR runs campaigns and sees all results; RECRUITER works
 * with their own candidates and interviews; MANAGER sees the aggregated results of the teams
 * they manage.
 */
public enum Role {
    ADMIN, HR, RECRUITER, MANAGER
}
