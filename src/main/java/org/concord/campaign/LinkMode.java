package org.concord.campaign;

/**
 * How team members reach a campaign: a PERSONAL link per member (reminders can go to those
 * who have not finished) or one SHARED anonymous link per team (nobody can be reminded, and
 * nobody can be told apart).
 */
public enum LinkMode {
    PERSONAL, SHARED
}
