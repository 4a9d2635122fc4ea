package org.rocbap.survey.round.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rocbap.survey.compliance.boundary.ComplianceRow;
import org.rocbap.survey.compliance.boundary.ComplianceService;
import org.rocbap.survey.directory.boundary.UserDirectory;
import org.rocbap.survey.directory.entity.Contact;
import org.rocbap.survey.mail.boundary.Mail;
import org.rocbap.survey.mail.boundary.MailOutbox;
import org.rocbap.survey.mail.boundary.MailTemplateService;
import org.rocbap.survey.mail.control.MailTemplates;
import org.rocbap.survey.mail.entity.SubjectAndBody;
import org.rocbap.survey.missionreport.entity.MissionReportStatus;
import org.rocbap.survey.round.entity.DigestSubscription;
import org.rocbap.survey.shared.security.Caller;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;

/**
 * The weekly mail of an administration's compliance, for the managers who ask for it: what is still
 * to do (mission reports missing or due, reports to acknowledge, replies to submit), participant by
 * participant. One mail per manager and ISO week, written by the first calendar run of the week and
 * delivered in the administration's working hours.
 */
@Stateless
public class ComplianceDigest {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callerService;

    @Inject
    private ComplianceService compliance;

    @Inject
    private UserDirectory directory;

    @Inject
    private MailOutbox outbox;

    @Inject
    private MailTemplateService mailTexts;

    @Inject
    private Clock clock;

    /** Whether the signed-in manager receives the digest. */
    @RolesAllowed(Roles.MANAGER)
    public boolean isSubscribed() {
        return em.find(DigestSubscription.class, callerService.current().username()) != null;
    }

    /**
     * Starts or stops the signed-in manager's digest of their administration.
     *
     * @return whether they receive it now
     */
    @RolesAllowed(Roles.MANAGER)
    public boolean subscribe(boolean wanted) {
        Caller caller = callerService.current();
        DigestSubscription existing = em.find(DigestSubscription.class, caller.username());
        if (wanted && existing == null) {
            em.persist(new DigestSubscription(
                    caller.username(),
                    caller.administration(),
                    OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS)));
        } else if (!wanted && existing != null) {
            em.remove(existing);
        }
        return wanted;
    }

    /**
     * Writes this week's digest for every subscribed manager who has none yet and still manages the
     * administration (Keycloak says who does).
     *
     * @return how many mails were written
     */
    @RolesAllowed(Roles.ROCB_STAFF)
    public int sendDue(LocalDate today) {
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        Map<String, List<DigestSubscription>> byAdministration = em.createNamedQuery(
                        DigestSubscription.FIND_ALL, DigestSubscription.class)
                .getResultStream()
                .collect(Collectors.groupingBy(DigestSubscription::getAdministration));
        int written = 0;
        for (Map.Entry<String, List<DigestSubscription>> entry : byAdministration.entrySet()) {
            String administration = entry.getKey();
            Map<String, Contact> managers = directory.holders(Roles.MANAGER, administration).stream()
                    .collect(Collectors.toMap(Contact::username, Function.identity(), (a, b) -> a));
            List<ComplianceRow> toDo = compliance.forAdministration(administration).stream()
                    .filter(ComplianceDigest::needsAttention)
                    .toList();
            for (DigestSubscription subscription : entry.getValue()) {
                Contact manager = managers.get(subscription.getUsername());
                if (manager == null) {
                    continue;
                }
                SubjectAndBody text = mailTexts.render(
                        "digest", manager.locale(), manager.name(), administration, toDo.size(), lines(toDo, manager));
                written += outbox.enqueue(new Mail(
                                "digest:" + subscription.getUsername() + ":" + week,
                                null,
                                null,
                                administration,
                                "digest",
                                manager.email(),
                                text.subject(),
                                text.body()))
                        ? 1
                        : 0;
            }
        }
        return written;
    }

    private static boolean needsAttention(ComplianceRow row) {
        return row.missionReportToDo() || row.replyToDo() || (row.filedOn() != null && !row.acknowledged());
    }

    private static String lines(List<ComplianceRow> rows, Contact manager) {
        Locale locale = manager.locale();
        return rows.stream()
                .map(row -> "- " + row.participantName() + ", " + row.workshopCode() + ": "
                        + String.join("; ", things(row, locale)))
                .collect(Collectors.joining("\n"));
    }

    private static List<String> things(ComplianceRow row, Locale locale) {
        List<String> things = new ArrayList<>();
        if (row.missionReport() == MissionReportStatus.MISSING) {
            things.add(MailTemplates.line("digest.reportMissing", locale, row.missionReportDue()));
        } else if (row.missionReport() == MissionReportStatus.DUE) {
            things.add(MailTemplates.line("digest.reportDue", locale, row.missionReportDue()));
        }
        if (row.filedOn() != null && !row.acknowledged()) {
            things.add(MailTemplates.line("digest.toAcknowledge", locale, row.filedOn()));
        }
        if (row.replyToDo()) {
            things.add(MailTemplates.line("digest.replyToDo", locale, row.replyDue()));
        }
        return things;
    }
}
