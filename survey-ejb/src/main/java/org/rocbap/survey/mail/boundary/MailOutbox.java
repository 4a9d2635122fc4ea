package org.rocbap.survey.mail.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.rocbap.survey.administration.entity.Administration;
import org.rocbap.survey.mail.control.WorkingHours;
import org.rocbap.survey.mail.entity.OutboxMessage;
import org.rocbap.survey.shared.persistence.Records;
import org.rocbap.survey.shared.rules.NotFoundException;
import org.rocbap.survey.shared.security.Roles;

/**
 * Where every mail starts: written in the transaction of the event that causes it, so that the mail
 * exists exactly when the event does; {@link MailDelivery} sends it afterwards.
 */
@Stateless
public class MailOutbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Writes the mail unless one for the same event is already there.
     *
     * @return whether it was written
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @PermitAll
    public boolean enqueue(Mail mail) {
        long existing = em.createNamedQuery(OutboxMessage.COUNT_BY_KEY, Long.class)
                .setParameter("key", mail.eventKey())
                .getSingleResult();
        if (existing > 0) {
            return false;
        }
        OutboxMessage message = new OutboxMessage(
                mail.eventKey(),
                mail.roundId(),
                mail.workshopId(),
                mail.kind(),
                mail.recipient(),
                mail.subject(),
                mail.body(),
                now(),
                firstDelivery(mail.administration()));
        if (mail.attachment() != null) {
            message.attach(
                    mail.attachment().name(),
                    mail.attachment().type(),
                    mail.attachment().content());
        }
        em.persist(message);
        return true;
    }

    /** A round's mail, newest first: what went to whom and when, and what waits or failed. */
    @RolesAllowed(Roles.ROCB_STAFF)
    public List<OutboxMessage> ofRound(Long roundId) {
        return em.createNamedQuery(OutboxMessage.FIND_BY_ROUND, OutboxMessage.class)
                .setParameter("round", roundId)
                .getResultList();
    }

    /** Sends a message again at the next delivery: one that failed, or one still waiting. */
    @RolesAllowed(Roles.ROCB_STAFF)
    public OutboxMessage resend(Long roundId, Long id) {
        OutboxMessage message = Records.existing(em, OutboxMessage.class, id, "mail");
        if (!roundId.equals(message.getRoundId())) {
            throw new NotFoundException("mail", id);
        }
        message.resend(now());
        return message;
    }

    /** Now, or the next working morning of the recipient's administration. */
    private OffsetDateTime firstDelivery(String administrationCode) {
        OffsetDateTime now = now();
        if (administrationCode == null) {
            return now;
        }
        Administration administration =
                Records.existing(em, Administration.class, administrationCode, "administration");
        return WorkingHours.next(now.toInstant(), administration.getTimeZone(), administration.getClosedDays())
                .atOffset(now.getOffset());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
