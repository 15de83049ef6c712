package org.concord.campaign;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The links one generation produced, with what the campaign's e-mails need to say: its name,
 * wave and closing day. {@code kept} counts the members who had already started or finished
 * and so got no new link; {@code teamsWithoutMembers} the teams of a personal campaign that
 * list nobody to invite.
 */
public record IssuedLinks(String campaign, String waveLabel, LocalDate closesOn, LinkMode mode,
                          List<IssuedLink> links, int renewed, int kept, List<String> teamsWithoutMembers)
        implements Serializable {

    public IssuedLinks {
        links = List.copyOf(links);
        teamsWithoutMembers = List.copyOf(teamsWithoutMembers);
    }
}
