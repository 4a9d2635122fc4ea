package org.rocbap.survey.round.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rocbap.survey.participation.boundary.InvitedDueDates;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.round.entity.Invitation;

/**
 * The due dates of the current invitations, for the questionnaire and the compliance view below the
 * round. It answers dates only; whoever asks has already checked that the caller may see the
 * participants.
 */
@Stateless
@PermitAll
public class InvitationDueDates implements InvitedDueDates {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<LocalDate> of(Participant participant) {
        return em.createNamedQuery(Invitation.FIND_BY_PARTICIPANT, Invitation.class)
                .setParameter("participant", participant)
                .getResultStream()
                .findFirst()
                .map(Invitation::getDueOn);
    }

    @Override
    public Map<Long, LocalDate> ofAdministration(String administration) {
        TypedQuery<Object[]> query = em.createQuery(
                "SELECT i.participant.id, i.dueOn FROM Invitation i WHERE i.supersededAt IS NULL"
                        + (administration == null ? "" : " AND i.participant.administration = :administration"),
                Object[].class);
        if (administration != null) {
            query.setParameter("administration", administration);
        }
        return query.getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (LocalDate) row[1], (first, second) -> first));
    }
}
