package org.rocbap.survey.mail.boundary;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rocbap.survey.mail.control.PermanentRefusal;
import org.rocbap.survey.mail.entity.MailState;
import org.rocbap.survey.mail.entity.OutboxMessage;
import org.rocbap.survey.shared.persistence.ClusterLock;

/**
 * Sends one outbox message through WildFly's mail session, in a transaction of its own: the message
 * row stays locked while it is sent, so that another node (or a second timer) waiting for it then
 * finds it sent and sends nothing.
 */
@Stateless
@PermitAll
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final int BATCH = 50;

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/mail/Survey")
    private Session session;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    private Event<MailBounced> bounces;

    /**
     * Sends the messages whose time has come, unless another node is doing so: one node at a time
     * empties the outbox, and a node that dies while at it leaves it to the next.
     */
    public void deliverDue() {
        if (!ClusterLock.MAIL_DELIVERY.tryTake(em)) {
            return;
        }
        MailSender self = context.getBusinessObject(MailSender.class);
        for (Long id : due()) {
            self.send(id);
        }
    }

    /** The messages whose time has come, oldest first, at most a batch (mail of a paused round waits). */
    List<Long> due() {
        return em.createNamedQuery(OutboxMessage.DUE, Long.class)
                .setParameter("now", now())
                .setMaxResults(BATCH)
                .getResultList();
    }

    /**
     * Sends the message if it still waits; a failure is recorded on it (with the time of the next
     * attempt) rather than thrown, so that one bad address does not hold up the others.
     *
     * @return whether it was sent now
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(Long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = now();
        if (message == null
                || message.getState() != MailState.PENDING
                || message.getNextAttemptAt().isAfter(now)) {
            return false;
        }
        try {
            Transport.send(mime(message));
            message.delivered(now);
            return true;
        } catch (MessagingException e) {
            Optional<String> refusal = PermanentRefusal.of(e);
            if (refusal.isPresent()) {
                LOG.log(Level.WARNING, "Mail " + id + " to " + message.getRecipient() + " bounced: " + refusal.get());
                message.bounced(refusal.get(), now);
                bounces.fire(new MailBounced(message.getEventKey(), message.getRecipient(), refusal.get()));
                return false;
            }
            return failed(message, e, now);
        } catch (RuntimeException e) {
            return failed(message, e, now);
        }
    }

    private static boolean failed(OutboxMessage message, Exception e, OffsetDateTime now) {
        LOG.log(
                Level.WARNING,
                "Mail " + message.getId() + " to " + message.getRecipient() + " not sent: " + e.getMessage());
        message.failed(e.getMessage(), now);
        return false;
    }

    private MimeMessage mime(OutboxMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom();
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.getRecipient(), true));
        mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
        if (message.hasAttachment()) {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.getBody(), StandardCharsets.UTF_8.name());
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(
                    new DataHandler(new ByteArrayDataSource(message.getAttachment(), message.getAttachmentType())));
            file.setFileName(message.getAttachmentName());
            mime.setContent(new MimeMultipart(text, file));
        } else {
            mime.setText(message.getBody(), StandardCharsets.UTF_8.name());
        }
        mime.setSentDate(Date.from(message.getCreatedAt().toInstant()));
        // Tells mail servers and vacation responders that no person wrote it (RFC 3834).
        mime.setHeader("Auto-Submitted", "auto-generated");
        mime.setHeader("X-Survey-Event", message.getEventKey());
        return mime;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
