package org.concord.assessment;

/**
 * Where a respondent's link leads today, in the order a respondent meets them: a link that
 * leads nowhere (unknown or malformed: the two are never told apart), a campaign not open yet
 * or closed, a team's shared link that has taken as many answers as the team has people, a
 * candidate's link past its data's retention, the first page that asks for consent, the
 * questions, and the page saying the answers are in.
 */
public enum LinkStatus {
    UNKNOWN, NOT_YET_OPEN, CLOSED, TEAM_COMPLETE, EXPIRED, WELCOME, ANSWERING, DONE
}
