package org.concord.campaign;

/** A team as the team list shows it: who manages it and how many people it has. */
public record TeamRow(long id, String name, String department, String manager, int members, Integer headcount) {

    /** How many people can answer: the head count when given, else the members listed. */
    public int size() {
        return headcount != null ? headcount : members;
    }
}
