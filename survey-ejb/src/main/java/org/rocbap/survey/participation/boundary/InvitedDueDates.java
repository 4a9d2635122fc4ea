package org.rocbap.survey.participation.boundary;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.rocbap.survey.participation.entity.Participant;

/**
 * The reply due dates that survey rounds gave the participants they invited. The round, which sits above
 * every capability that asks, answers; a participant never invited has none, and their reply is due the
 * configured period after the workshop.
 */
public interface InvitedDueDates {

    /** The due date of the participant's current invitation, if a round invited them. */
    Optional<LocalDate> of(Participant participant);

    /**
     * Participant id to due date, for every invited participant of {@code administration}, or of every
     * administration when it is {@code null}.
     */
    Map<Long, LocalDate> ofAdministration(String administration);
}
