package org.rocbap.survey.round.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.rocbap.survey.directory.boundary.UserDirectory;
import org.rocbap.survey.directory.entity.Contact;
import org.rocbap.survey.mail.boundary.Mail;
import org.rocbap.survey.mail.boundary.MailOutbox;
import org.rocbap.survey.mail.boundary.MailTemplateService;
import org.rocbap.survey.mail.entity.SubjectAndBody;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.round.control.RoundCalendar;
import org.rocbap.survey.round.entity.SurveyRound;
import org.rocbap.survey.shared.config.FollowUpSettings;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.control.DueDates;

/**
 * A mission report missing at its due date: the participant is reminded, and each manager of the
 * administration gets the list of the workshop's missing reports (addresses from Keycloak). For the
 * workshops of an open round; each notice is one outbox mail, written once.
 */
@Stateless
@RolesAllowed(Roles.ROCB_STAFF)
public class MissionReportNotices {

    @Inject
    private FollowUpSettings settings;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserDirectory directory;

    @Inject
    private MailOutbox outbox;

    @Inject
    private MailTemplateService mailTexts;

    /** @return how many mails were written */
    public int notify(SurveyRound round, LocalDate today) {
        DueDates dueDates = new DueDates(settings);
        List<Participant> missing = em.createQuery(
                        "SELECT p FROM Participant p JOIN FETCH p.workshop w WHERE w.fiscalYear = :fiscalYear"
                                + " AND w.accreditation = FALSE"
                                + " AND NOT EXISTS (SELECT m FROM MissionReport m WHERE m.participant = p)"
                                + " ORDER BY w.code, p.administration, p.name",
                        Participant.class)
                .setParameter("fiscalYear", round.getFiscalYear().label())
                .getResultStream()
                .filter(p -> RoundCalendar.reportNoticeDue(dueDates.missionReportDue(p.getWorkshop()), today))
                .toList();
        int written = 0;
        for (Participant participant : missing) {
            SubjectAndBody text = mailTexts.render(
                    "reportMissing",
                    participant.locale(),
                    participant.getName(),
                    participant.getWorkshop().getTitle(),
                    dueDates.missionReportDue(participant.getWorkshop()));
            written += write(round, participant, "reportMissing:" + participant.getId(), participant.getEmail(), text);
        }
        Map<String, List<Participant>> byWorkshopAndAdministration = missing.stream()
                .collect(Collectors.groupingBy(
                        p -> p.getWorkshop().getCode() + ":" + p.getAdministration(),
                        TreeMap::new,
                        Collectors.toList()));
        for (List<Participant> group : byWorkshopAndAdministration.values()) {
            Participant first = group.get(0);
            String names = group.stream().map(p -> "- " + p.getName()).collect(Collectors.joining("\n"));
            for (Contact manager : directory.holders(Roles.MANAGER, first.getAdministration())) {
                SubjectAndBody text = mailTexts.render(
                        "reportsMissing",
                        manager.locale(),
                        manager.name(),
                        first.getWorkshop().getTitle(),
                        first.getWorkshop().getCode(),
                        dueDates.missionReportDue(first.getWorkshop()),
                        names,
                        group.size());
                String key = "reportsMissing:" + first.getWorkshop().getCode() + ":" + first.getAdministration() + ":"
                        + manager.email();
                written += write(round, first, key, manager.email(), text);
            }
        }
        return written;
    }

    private int write(SurveyRound round, Participant about, String key, String recipient, SubjectAndBody text) {
        return outbox.enqueue(new Mail(
                        key,
                        round.getId(),
                        about.getWorkshop().getId(),
                        about.getAdministration(),
                        key.substring(0, key.indexOf(':')),
                        recipient,
                        text.subject(),
                        text.body()))
                ? 1
                : 0;
    }
}
