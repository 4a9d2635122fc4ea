package org.rocbap.survey.round.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.rocbap.survey.cascade.boundary.InHouseWorkshopService;
import org.rocbap.survey.cascade.entity.InHouseWorkshop;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.project.boundary.ProjectService;
import org.rocbap.survey.project.entity.ModernizationProject;
import org.rocbap.survey.project.entity.ProjectStatus;
import org.rocbap.survey.questionnaire.boundary.ReplyService;
import org.rocbap.survey.questionnaire.boundary.ReplyService.SavedReply;
import org.rocbap.survey.questionnaire.entity.Reply;
import org.rocbap.survey.questionnaire.entity.ReplyAnswers;
import org.rocbap.survey.questionnaire.entity.ReplyStatus;
import org.rocbap.survey.round.boundary.ReplyLinkRefusedException.Reason;
import org.rocbap.survey.round.control.ReplyLinkSends;
import org.rocbap.survey.round.control.ReplyLinkTokens;
import org.rocbap.survey.round.entity.Invitation;
import org.rocbap.survey.round.entity.ReplyLinkSend;
import org.rocbap.survey.shared.rules.ConcurrentChangeException;
import org.rocbap.survey.shared.rules.NotFoundException;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.OnBehalf;
import org.rocbap.survey.shared.security.Roles;

/**
 * A participant answering through their personal link, without an account. The link is the
 * credential: it opens that participant's questionnaire alone, until it is used (the reply
 * submitted), revoked or expired. Having checked it, the service saves through {@link ReplyService},
 * so that the questionnaire's rules are the ones a focal point meets; it acts with the rights staff
 * have, but only ever on the link's own participant.
 */
@Stateless
@PermitAll
@RunAs(Roles.ROCB_STAFF)
public class ReplyLinkService {

    private static final Logger LOG = Logger.getLogger(ReplyLinkService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReplyService replies;

    @Inject
    private InHouseWorkshopService inHouseWorkshops;

    @Inject
    private ProjectService projects;

    @Inject
    private OnBehalf onBehalf;

    @Inject
    private Clock clock;

    /**
     * What a link opens: the participant's questionnaire.
     *
     * @param reply their draft, or {@code null} before they saved anything
     */
    public record LinkedQuestionnaire(
            Long participantId,
            String participantName,
            String administration,
            String workshopCode,
            String workshopTitle,
            LocalDate dueOn,
            String language,
            Reply reply)
            implements Serializable {}

    /**
     * Opens the link's questionnaire.
     *
     * @throws ReplyLinkRefusedException if the link is unknown, expired, revoked or already used
     */
    public LinkedQuestionnaire open(String token) {
        Invitation invitation = valid(token);
        Participant participant = invitation.getParticipant();
        return new LinkedQuestionnaire(
                participant.getId(),
                participant.getName(),
                participant.getAdministration(),
                participant.getWorkshop().getCode(),
                participant.getWorkshop().getTitle(),
                invitation.getDueOn(),
                invitation.recipientLocale().getLanguage(),
                replies.findByParticipant(participant.getId()).orElse(null));
    }

    /**
     * What the server answered a send from the link's page, kept under the send's idempotency key.
     *
     * @param replayed whether the send had already been taken and this is its receipt, saved nothing now
     * @param notices what the participant should still do (from {@link SavedReply#notices()}), none on a replay
     */
    public record Receipt(
            long version,
            ReplyStatus status,
            LocalDate submittedOn,
            boolean late,
            OffsetDateTime receivedAt,
            boolean replayed,
            List<RuleViolation> notices) {

        static Receipt of(ReplyLinkSend send, boolean replayed, List<RuleViolation> notices) {
            return new Receipt(
                    send.getReplyVersion(),
                    send.getReplyStatus(),
                    send.getSubmittedOn(),
                    send.isLate(),
                    send.getReceivedAt(),
                    replayed,
                    notices);
        }
    }

    /**
     * Saves or submits what the link's page sends, exactly once per idempotency key: a key the server
     * has taken gets the receipt it was given then, even after the reply was submitted (the answer to
     * the submission may have been lost on the way back), and nothing is saved again.
     *
     * @param idempotencyKey chosen by the page for this send, and used again for every retry of it
     * @param loadedVersion the reply's version the page's answers start from, {@code null} for a first reply
     * @throws ReplyLinkRefusedException if the link opens nothing (and the key is not one it sent)
     * @throws ConcurrentChangeException if the reply was saved after {@code loadedVersion} (the page merges)
     * @throws WorkflowException if the key is malformed or the answers break the questionnaire's rules
     */
    public Receipt send(
            String token,
            String idempotencyKey,
            Long loadedVersion,
            ReplyAnswers answers,
            List<Long> inHouseWorkshops,
            boolean submit) {
        Invitation invitation = known(token);
        if (!ReplyLinkSends.wellFormed(idempotencyKey)) {
            throw new WorkflowException(RuleViolation.of(null, "replyLink.idempotencyKey", ReplyLinkSend.KEY_LENGTH));
        }
        Participant participant = invitation.getParticipant();
        ReplyLinkSend taken = em.find(ReplyLinkSend.class, idempotencyKey);
        if (taken != null) {
            if (!taken.isFrom(participant)) {
                throw new WorkflowException(RuleViolation.of(null, "replyLink.idempotencyKeyTaken"));
            }
            return Receipt.of(taken, true, List.of());
        }
        SavedReply saved = save(open(invitation), loadedVersion, answers, inHouseWorkshops, submit);
        ReplyLinkSend send = new ReplyLinkSend(idempotencyKey, saved.reply(), OffsetDateTime.now(clock));
        em.persist(send);
        return Receipt.of(send, false, saved.notices());
    }

    /**
     * Saves the link's participant's answers as a draft, or submits them (after which the link is used).
     *
     * @throws ReplyLinkRefusedException if the link opens nothing
     */
    public SavedReply save(
            String token, Long loadedVersion, ReplyAnswers answers, List<Long> inHouseWorkshops, boolean submit) {
        return save(valid(token), loadedVersion, answers, inHouseWorkshops, submit);
    }

    private SavedReply save(
            Invitation invitation,
            Long loadedVersion,
            ReplyAnswers answers,
            List<Long> inHouseWorkshops,
            boolean submit) {
        Participant participant = invitation.getParticipant();
        onBehalf.of(actor(participant));
        return replies.saveReply(participant.getId(), loadedVersion, answers, inHouseWorkshops, submit);
    }

    /** The in-house workshops of the participant's administration their reply may link. */
    public List<InHouseWorkshop> linkableInHouseWorkshops(String token) {
        return replies.linkableInHouseWorkshops(valid(token).getParticipant().getId());
    }

    /**
     * Records an in-house workshop the participant held to cascade their workshop, under the same
     * rules as a focal point's.
     */
    public InHouseWorkshop recordInHouseWorkshop(
            String token, LocalDate heldOn, String title, Integer attendees, String organiser, String materials) {
        Participant participant = valid(token).getParticipant();
        onBehalf.of(actor(participant));
        return inHouseWorkshops.record(
                participant.getAdministration(),
                participant.getWorkshop().getCode(),
                heldOn,
                title,
                attendees,
                organiser,
                materials);
    }

    /** The open projects the participant's questionnaire offers for a status update ({@link ProjectService#openProjectsFor}). */
    public ProjectService.OpenProjects openProjects(String token, String search) {
        return projects.openProjectsFor(valid(token).getParticipant(), search);
    }

    /** Updates the status of a project of the participant's administration (and of no other). */
    public ModernizationProject updateProjectStatus(
            String token, Long projectId, Long loadedVersion, ProjectStatus status) {
        Participant participant = valid(token).getParticipant();
        if (!projects.find(projectId).getAdministration().equals(participant.getAdministration())) {
            throw new NotFoundException("modernization project", projectId);
        }
        onBehalf.of(actor(participant));
        return projects.updateStatus(projectId, loadedVersion, status);
    }

    private static String actor(Participant participant) {
        return "reply link of " + participant.getEmail();
    }

    private Invitation valid(String token) {
        return open(known(token));
    }

    /** The invitation whose link this is, whether or not it still opens the questionnaire. */
    private Invitation known(String token) {
        Optional<Invitation> found = ReplyLinkTokens.wellFormed(token)
                ? em.createNamedQuery(Invitation.FIND_BY_TOKEN, Invitation.class)
                        .setParameter("hash", ReplyLinkTokens.sha256(token))
                        .getResultStream()
                        .findFirst()
                : Optional.empty();
        if (found.isEmpty()) {
            LOG.warning("A personal reply link that does not exist was tried");
            throw new ReplyLinkRefusedException(Reason.UNKNOWN);
        }
        return found.get();
    }

    /** The invitation, if its link still opens the questionnaire. */
    private Invitation open(Invitation invitation) {
        if (invitation.isRevoked()) {
            throw new ReplyLinkRefusedException(Reason.REVOKED);
        }
        if (invitation.expiredOn(LocalDate.now(clock))) {
            throw new ReplyLinkRefusedException(Reason.EXPIRED);
        }
        if (replies.findByParticipant(invitation.getParticipant().getId())
                .map(Reply::isSubmitted)
                .orElse(false)) {
            throw new ReplyLinkRefusedException(Reason.USED);
        }
        return invitation;
    }
}
