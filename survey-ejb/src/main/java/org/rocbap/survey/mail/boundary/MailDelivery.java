package org.rocbap.survey.mail.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.rocbap.survey.shared.config.Configuration;
import org.rocbap.survey.shared.persistence.PersistenceFailures;

/**
 * Empties the outbox every few seconds ({@code SURVEY_MAIL_POLL_SECONDS}, 15 by default). Every node's
 * timer asks, one node at a time delivers ({@link MailSender#deliverDue}), so that mail goes on when
 * that node dies. While the SMTP server is down the messages wait with growing pauses; nothing is lost,
 * and what was sent is never sent again.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailDelivery {

    @Inject
    private Configuration configuration;

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private MailSender sender;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        long interval = configuration.mailPollInterval().toMillis();
        // Not persistent: the outbox itself is what survives a restart.
        timers.createIntervalTimer(interval, interval, new TimerConfig("mail delivery", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void deliver() {
        // A slow SMTP server must not pile runs up on each other.
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            sender.deliverDue();
        } catch (EJBException e) {
            // Nothing is lost while the database is out of reach: the outbox is read again next time.
            if (!PersistenceFailures.databaseUnreachable(e)) {
                throw e;
            }
            LOG.warning(() -> "Mail waits: the database cannot be reached (" + e.getMessage() + ")");
        } finally {
            running.set(false);
        }
    }
}
