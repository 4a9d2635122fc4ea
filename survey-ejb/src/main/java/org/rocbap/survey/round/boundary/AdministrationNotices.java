package org.rocbap.survey.round.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.rocbap.survey.directory.boundary.UserDirectory;
import org.rocbap.survey.directory.entity.Contact;
import org.rocbap.survey.mail.boundary.Mail;
import org.rocbap.survey.mail.boundary.MailOutbox;
import org.rocbap.survey.mail.boundary.MailTemplateService;
import org.rocbap.survey.mail.entity.SubjectAndBody;
import org.rocbap.survey.questionnaire.entity.ReplyStatus;
import org.rocbap.survey.round.control.RoundCalendar;
import org.rocbap.survey.round.entity.Invitation;
import org.rocbap.survey.round.entity.SurveyRound;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.entity.Workshop;

/**
 * The chain past the participant: before the due date each focal point gets the list of their
 * administration's participants who have not replied, after it each manager. Addresses come from
 * Keycloak ({@link UserDirectory}); every list is one outbox mail per recipient and due date.
 */
@Stateless
@RolesAllowed(Roles.ROCB_STAFF)
public class AdministrationNotices {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserDirectory directory;

    @Inject
    private MailOutbox outbox;

    @Inject
    private MailTemplateService mailTexts;

    /** A workshop's non-repliers of one administration with one due date. */
    private record Group(Workshop workshop, String administration, LocalDate dueOn) {}

    /** @return how many mails were written */
    public int notify(SurveyRound round, LocalDate today) {
        Set<Long> replied = new HashSet<>(em.createQuery(
                        "SELECT r.participant.id FROM Reply r WHERE r.status = :submitted"
                                + " AND r.participant.workshop.fiscalYear = :fiscalYear",
                        Long.class)
                .setParameter("submitted", ReplyStatus.SUBMITTED)
                .setParameter("fiscalYear", round.getFiscalYear().label())
                .getResultList());
        Map<Group, List<Invitation>> waiting = em.createNamedQuery(Invitation.FIND_BY_ROUND, Invitation.class)
                .setParameter("round", round)
                .getResultStream()
                .filter(i -> !i.isRevoked()
                        && !i.isExcused()
                        && !replied.contains(i.getParticipant().getId()))
                .collect(Collectors.groupingBy(
                        i -> new Group(
                                i.getParticipant().getWorkshop(),
                                i.getParticipant().getAdministration(),
                                i.getDueOn()),
                        () -> new TreeMap<>(
                                Comparator.comparing((Group g) -> g.workshop().getCode())
                                        .thenComparing(Group::administration)
                                        .thenComparing(Group::dueOn)),
                        Collectors.toList()));
        int written = 0;
        for (Map.Entry<Group, List<Invitation>> entry : waiting.entrySet()) {
            Group group = entry.getKey();
            if (RoundCalendar.administrationReminderDue(round, group.dueOn(), today)) {
                written += send(round, group, entry.getValue(), Roles.FOCAL_POINT, "nonRepliers");
            } else if (RoundCalendar.overdue(group.dueOn(), today)) {
                written += send(round, group, entry.getValue(), Roles.MANAGER, "nonRepliersLate");
            }
        }
        return written;
    }

    private int send(SurveyRound round, Group group, List<Invitation> participants, String role, String template) {
        // A questionnaire handed over is waited for from the successor: the list names who has it.
        String names = participants.stream()
                .map(i -> "- " + i.recipientName() + " (" + i.recipientEmail() + ")")
                .sorted()
                .collect(Collectors.joining("\n"));
        int written = 0;
        for (Contact contact : directory.holders(role, group.administration())) {
            SubjectAndBody text = mailTexts.render(
                    template,
                    contact.locale(),
                    contact.name(),
                    group.workshop().getTitle(),
                    group.workshop().getCode(),
                    group.dueOn(),
                    names,
                    participants.size());
            String key = String.join(
                    ":",
                    template,
                    String.valueOf(round.getId()),
                    group.workshop().getCode(),
                    group.administration(),
                    group.dueOn().toString(),
                    contact.email());
            written += outbox.enqueue(new Mail(
                            key,
                            round.getId(),
                            group.workshop().getId(),
                            group.administration(),
                            template,
                            contact.email(),
                            text.subject(),
                            text.body()))
                    ? 1
                    : 0;
        }
        return written;
    }
}
