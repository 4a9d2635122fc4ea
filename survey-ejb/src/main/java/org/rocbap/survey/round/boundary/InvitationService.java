package org.rocbap.survey.round.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rocbap.survey.audit.boundary.AuditTrail;
import org.rocbap.survey.mail.boundary.Mail;
import org.rocbap.survey.mail.boundary.MailBounced;
import org.rocbap.survey.mail.boundary.MailOutbox;
import org.rocbap.survey.mail.boundary.MailTemplateService;
import org.rocbap.survey.mail.entity.SubjectAndBody;
import org.rocbap.survey.participation.boundary.ParticipantService;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.questionnaire.entity.ReplyStatus;
import org.rocbap.survey.round.control.ReplyLinkTokens;
import org.rocbap.survey.round.control.RoundCalendar;
import org.rocbap.survey.round.entity.Invitation;
import org.rocbap.survey.round.entity.NonResponse;
import org.rocbap.survey.round.entity.RoundState;
import org.rocbap.survey.round.entity.SurveyRound;
import org.rocbap.survey.shared.config.Configuration;
import org.rocbap.survey.shared.persistence.Records;
import org.rocbap.survey.shared.rules.NotFoundException;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.TextRules;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.AccessPolicy;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.OnBehalf;
import org.rocbap.survey.shared.security.Roles;

/**
 * Sends each participant their questionnaire when their workshop's delay has passed, with a personal
 * link, and reminds those who have not replied. Each step writes its mail to the outbox under a key
 * of its own, so that a step run twice sends nothing twice.
 */
@Stateless
@RolesAllowed(Roles.ROCB_STAFF)
public class InvitationService {

    @Inject
    private Configuration configuration;

    private static final String SUBJECT = "Invitation";

    /** The outbox keys of the mail that goes to an invitation's participant (or successor). */
    private static final Pattern PARTICIPANT_MAIL = Pattern.compile("(?:invitation|reminder|overdue):(\\d+)(?::\\d+)?");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    @Inject
    private MailTemplateService mailTexts;

    @Inject
    private AuditTrail audit;

    @Inject
    private CallerService callerService;

    @Inject
    private ParticipantService participants;

    @Inject
    private Clock clock;

    @Inject
    private OnBehalf onBehalf;

    /**
     * Invites the participants of the round's workshops whose questionnaire is due today and who have
     * neither an invitation nor a submitted reply (a focal point may have answered for them already).
     *
     * @return how many were invited
     */
    public int inviteDue(SurveyRound round, LocalDate today) {
        Set<Long> invited = new HashSet<>(em.createNamedQuery(Invitation.INVITED_PARTICIPANTS_OF_ROUND, Long.class)
                .setParameter("round", round)
                .getResultList());
        Set<Long> replied = new HashSet<>(submittedIn(round));
        int count = 0;
        for (Participant participant : em.createNamedQuery(Participant.FIND_BY_FISCAL_YEAR, Participant.class)
                .setParameter("fiscalYear", round.getFiscalYear().label())
                .getResultList()) {
            if (participant.getWorkshop().isAccreditation()
                    || invited.contains(participant.getId())
                    || replied.contains(participant.getId())
                    || !RoundCalendar.invitationDue(
                            round, participant.getWorkshop().getEndDate(), today)) {
                continue;
            }
            invite(round, participant, today);
            count++;
        }
        return count;
    }

    private void invite(SurveyRound round, Participant participant, LocalDate today) {
        String nonce = ReplyLinkTokens.newNonce();
        Invitation invitation = new Invitation(
                round,
                participant,
                today,
                today.plusDays(round.getReplyDays()),
                nonce,
                ReplyLinkTokens.sha256(ReplyLinkTokens.token(configuration.linkSecret(), nonce)),
                round.getClosesOn().plusDays(configuration.linkGraceDays()));
        em.persist(invitation);
        em.flush();
        SubjectAndBody text = mailTexts.render(
                "invitation",
                participant.locale(),
                participant.getName(),
                participant.getWorkshop().getTitle(),
                participant.getWorkshop().getCode(),
                participant.getWorkshop().getEndDate(),
                invitation.getDueOn(),
                link(invitation));
        outbox.enqueue(mail(invitation, "invitation", "invitation:" + invitation.getId(), text));
    }

    /**
     * Hands a participant's questionnaire over to their successor (the participant moved on, retired,
     * left): the successor gets a new invitation for that participant, with a link of their own and a
     * full reply period; the participant's link ends, the reason is recorded, and the reply, when it
     * comes, is the participant's, counted once. The focal point of the participant's administration
     * or ROCB A/P staff, while the round is open and no reply is submitted.
     *
     * @throws WorkflowException naming each field that is wrong, or why no handover is possible
     */
    @RolesAllowed({Roles.FOCAL_POINT, Roles.ROCB_STAFF})
    public Invitation handOver(Long participantId, Successor successor) {
        Participant participant = participants.findForEdit(participantId);
        Invitation current = find(participant)
                .orElseThrow(() -> new WorkflowException(
                        RuleViolation.of("successor", "invitation.notInvited", participant.getName())));
        List<RuleViolation> violations = new ArrayList<>(successor.check(current.recipientEmail()));
        if (current.getRound().getState() != RoundState.OPEN) {
            violations.add(RuleViolation.of("successor", "invitation.handOverRoundNotOpen"));
        }
        if (new HashSet<>(submittedIn(current.getRound())).contains(participant.getId())) {
            violations.add(RuleViolation.of("successor", "invitation.handOverReplied", participant.getName()));
        }
        WorkflowException.throwIfAny(violations);
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        String by = callerService.current().username();
        Map<String, Object> before = nonResponse(current);
        current.explainNonResponse(successor.reason(), successor.noteOrNull(), by, now);
        String nonce = ReplyLinkTokens.newNonce();
        Invitation handed = current.handOver(
                successor.name().strip(),
                successor.email().strip(),
                successor.language(),
                today,
                today.plusDays(current.getRound().getReplyDays()),
                nonce,
                ReplyLinkTokens.sha256(ReplyLinkTokens.token(configuration.linkSecret(), nonce)),
                by,
                now);
        // The replaced invitation must be written superseded before its successor is inserted: the
        // database keeps one current invitation per participant.
        em.flush();
        em.persist(handed);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>(nonResponse(current));
        after.put("successor", handed.recipientName() + " <" + handed.recipientEmail() + ">");
        audit.record(SUBJECT, current.getId(), participant.getAdministration(), "handed over", before, after);
        SubjectAndBody text = mailTexts.render(
                "invitationSuccessor",
                handed.recipientLocale(),
                handed.recipientName(),
                participant.getWorkshop().getTitle(),
                participant.getWorkshop().getCode(),
                participant.getWorkshop().getEndDate(),
                handed.getDueOn(),
                link(handed),
                participant.getName());
        outbox.enqueue(mail(handed, "invitation", "invitation:" + handed.getId(), text));
        return handed;
    }

    /**
     * Writes the reminders due today to the participants who have not submitted (and whose link
     * still works), and the one notice after the due date.
     *
     * @return how many mails were written
     */
    public int remind(SurveyRound round, LocalDate today) {
        Set<Long> replied = new HashSet<>(submittedIn(round));
        int count = 0;
        for (Invitation invitation : em.createNamedQuery(Invitation.FIND_BY_ROUND, Invitation.class)
                .setParameter("round", round)
                .getResultList()) {
            Participant participant = invitation.getParticipant();
            if (replied.contains(participant.getId())
                    || invitation.isSuperseded()
                    || invitation.isRevoked()
                    || invitation.isExcused()) {
                continue;
            }
            Optional<Integer> reminder = RoundCalendar.reminderDue(round, invitation.getDueOn(), today);
            if (reminder.isPresent()) {
                SubjectAndBody text = mailTexts.render(
                        "reminder",
                        invitation.recipientLocale(),
                        invitation.recipientName(),
                        participant.getWorkshop().getTitle(),
                        invitation.getDueOn(),
                        link(invitation),
                        reminder.get());
                count += written(
                        mail(invitation, "reminder", "reminder:" + invitation.getId() + ":" + reminder.get(), text));
            } else if (RoundCalendar.overdue(invitation.getDueOn(), today)) {
                SubjectAndBody text = mailTexts.render(
                        "overdue",
                        invitation.recipientLocale(),
                        invitation.recipientName(),
                        participant.getWorkshop().getTitle(),
                        invitation.getDueOn(),
                        link(invitation));
                count += written(mail(invitation, "overdue", "overdue:" + invitation.getId(), text));
            }
        }
        return count;
    }

    /** The round's invitations, by workshop, administration and name. */
    @RolesAllowed({Roles.ROCB_STAFF, Roles.ROCB_HEAD})
    public List<Invitation> ofRound(SurveyRound round) {
        return em.createNamedQuery(Invitation.FIND_BY_ROUND, Invitation.class)
                .setParameter("round", round)
                .getResultList();
    }

    /** Ends a personal link (a forwarded mail, a participant who left): it opens nothing any more. */
    public Invitation revoke(SurveyRound round, Long id) {
        Invitation invitation = Records.existing(em, Invitation.class, id, "invitation");
        if (!invitation.getRound().getId().equals(round.getId())) {
            throw new NotFoundException("invitation", id);
        }
        if (!invitation.isRevoked()) {
            invitation.revoke(
                    callerService.current().username(),
                    OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
            audit.record(
                    SUBJECT,
                    invitation.getId(),
                    invitation.getParticipant().getAdministration(),
                    "link revoked",
                    Map.of("revoked", false),
                    Map.of("revoked", true));
        }
        return invitation;
    }

    private String link(Invitation invitation) {
        return configuration.publicUrl() + "answer/questionnaire.xhtml?token="
                + ReplyLinkTokens.token(configuration.linkSecret(), invitation.getLinkNonce());
    }

    /**
     * The participant's invitation, if they were invited in a round.
     *
     * @throws NotFoundException if the participant does not exist or is of an administration the caller
     *     may not read
     */
    @RolesAllowed({Roles.FOCAL_POINT, Roles.MANAGER, Roles.ROCB_STAFF, Roles.ROCB_HEAD})
    public Optional<Invitation> ofParticipant(Long participantId) {
        return find(participants.find(participantId));
    }

    /**
     * Whether the caller may record why this participant does not reply ({@link #explainNonResponse}):
     * the participant was invited, and the caller is the focal point of their administration or ROCB A/P
     * staff.
     */
    @RolesAllowed({Roles.FOCAL_POINT, Roles.MANAGER, Roles.ROCB_STAFF, Roles.ROCB_HEAD})
    public boolean mayExplainNonResponse(Long participantId) {
        Participant participant = participants.find(participantId);
        return AccessPolicy.mayEdit(callerService.current(), participant.getAdministration())
                && find(participant).isPresent();
    }

    /**
     * Records why the participant does not reply (transferred, retired, left customs, unreachable), or
     * clears it with {@code null}: reminders stop and the round's net reply rate leaves them out. The
     * focal point of the participant's administration or ROCB A/P staff.
     *
     * @throws WorkflowException if the participant was never invited, or the note is too long
     */
    @RolesAllowed({Roles.FOCAL_POINT, Roles.ROCB_STAFF})
    public Invitation explainNonResponse(Long participantId, NonResponse reason, String note) {
        Participant participant = participants.findForEdit(participantId);
        Invitation invitation = find(participant)
                .orElseThrow(() -> new WorkflowException(
                        RuleViolation.of("nonResponse", "invitation.notInvited", participant.getName())));
        List<RuleViolation> violations = new ArrayList<>();
        TextRules.check(violations, "nonResponseNote", note, TextRules.TITLE);
        WorkflowException.throwIfAny(violations);
        Map<String, Object> before = nonResponse(invitation);
        invitation.explainNonResponse(
                reason,
                note == null || note.isBlank() ? null : note.strip(),
                callerService.current().username(),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
        em.flush();
        audit.record(
                SUBJECT,
                invitation.getId(),
                participant.getAdministration(),
                "non-response",
                before,
                nonResponse(invitation));
        return invitation;
    }

    /**
     * A questionnaire, reminder or notice refused for good by the recipient's mail server: the
     * invitation's participant is marked unreachable with the server's answer, unless a reason is
     * on record already or the mail went to an address the invitation no longer has.
     */
    @PermitAll
    public void markUnreachable(@Observes MailBounced bounce) {
        Matcher key = PARTICIPANT_MAIL.matcher(bounce.eventKey());
        if (!key.matches()) {
            return;
        }
        Invitation invitation = em.find(Invitation.class, Long.valueOf(key.group(1)));
        if (invitation == null
                || invitation.isExcused()
                || !invitation.recipientEmail().equalsIgnoreCase(bounce.recipient())) {
            return;
        }
        onBehalf.of("mail server");
        Map<String, Object> before = nonResponse(invitation);
        String note = "Mail bounced: " + bounce.reason();
        invitation.explainNonResponse(
                NonResponse.UNREACHABLE,
                note.substring(0, Math.min(note.length(), TextRules.TITLE)),
                "mail server",
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
        audit.record(
                SUBJECT,
                invitation.getId(),
                invitation.getParticipant().getAdministration(),
                "non-response",
                before,
                nonResponse(invitation));
    }

    /**
     * The round's reply rate raw (replies over invitations) and net of the participants who cannot
     * reply for a reason on record.
     */
    @RolesAllowed({Roles.ROCB_STAFF, Roles.ROCB_HEAD})
    public ReplyRates rates(SurveyRound round) {
        Set<Long> replied = new HashSet<>(submittedIn(round));
        // A participant's questionnaire handed over to a successor counts once: as the successor's.
        List<Invitation> all =
                ofRound(round).stream().filter(i -> !i.isSuperseded()).toList();
        int answered = (int) all.stream()
                .filter(i -> replied.contains(i.getParticipant().getId()))
                .count();
        int excused = (int) all.stream()
                .filter(i ->
                        i.isExcused() && !replied.contains(i.getParticipant().getId()))
                .count();
        return ReplyRates.of(all.size(), excused, answered);
    }

    private Optional<Invitation> find(Participant participant) {
        return em.createNamedQuery(Invitation.FIND_BY_PARTICIPANT, Invitation.class)
                .setParameter("participant", participant)
                .getResultStream()
                .findFirst();
    }

    private static Map<String, Object> nonResponse(Invitation invitation) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("nonResponse", invitation.getNonResponse());
        fields.put("nonResponseNote", invitation.getNonResponseNote());
        return fields;
    }

    private int written(Mail mail) {
        return outbox.enqueue(mail) ? 1 : 0;
    }

    private static Mail mail(Invitation invitation, String kind, String key, SubjectAndBody text) {
        Participant participant = invitation.getParticipant();
        return new Mail(
                key,
                invitation.getRound().getId(),
                participant.getWorkshop().getId(),
                participant.getAdministration(),
                kind,
                invitation.recipientEmail(),
                text.subject(),
                text.body());
    }

    private List<Long> submittedIn(SurveyRound round) {
        return em.createQuery(
                        "SELECT r.participant.id FROM Reply r WHERE r.status = :submitted"
                                + " AND r.participant.workshop.fiscalYear = :fiscalYear",
                        Long.class)
                .setParameter("submitted", ReplyStatus.SUBMITTED)
                .setParameter("fiscalYear", round.getFiscalYear().label())
                .getResultList();
    }
}
