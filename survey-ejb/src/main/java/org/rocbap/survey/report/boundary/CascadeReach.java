package org.rocbap.survey.report.boundary;

import java.io.Serializable;

/**
 * How far what one workshop (or one administration's participants) taught travelled back home, from
 * the submitted replies and the in-house workshops recorded.
 *
 * @param key the workshop's code, or the administration's
 * @param participants participants sent
 * @param colleaguesShared colleagues the participants shared the materials with (Q1)
 * @param colleaguesLearned colleagues who learned from them (Q1bis, an estimate)
 * @param inHouseWorkshops in-house workshops cascading it
 * @param inHouseAttendees their attendees
 * @param manuals replies that developed or updated operation manuals
 */
public record CascadeReach(
        String key,
        int participants,
        int colleaguesShared,
        int colleaguesLearned,
        int inHouseWorkshops,
        int inHouseAttendees,
        int manuals)
        implements Serializable {

    /**
     * Colleagues reached per participant: those who learned from the shared materials and those who
     * attended an in-house workshop, over the participants sent (the workshop's multiplier).
     */
    public double multiplier() {
        return participants == 0 ? 0 : (double) (colleaguesLearned + inHouseAttendees) / participants;
    }
}
