package org.rocbap.survey.questionnaire.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rocbap.survey.audit.boundary.AuditTrail;
import org.rocbap.survey.cascade.entity.InHouseWorkshop;
import org.rocbap.survey.missionreport.entity.MissionReport;
import org.rocbap.survey.participation.boundary.InvitedDueDates;
import org.rocbap.survey.participation.boundary.ParticipantService;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.questionnaire.control.ReplyRules;
import org.rocbap.survey.questionnaire.entity.Reply;
import org.rocbap.survey.questionnaire.entity.ReplyAnswers;
import org.rocbap.survey.shared.config.FollowUpSettings;
import org.rocbap.survey.shared.persistence.Page;
import org.rocbap.survey.shared.persistence.Slice;
import org.rocbap.survey.shared.rules.ConcurrentChangeException;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.AccessPolicy;
import org.rocbap.survey.shared.security.AccessRefusedException;
import org.rocbap.survey.shared.security.Caller;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.control.DueDates;

/**
 * Saving and submitting questionnaire replies. A participant has one reply per workshop: saving
 * again edits it. Only the focal point of the participant's administration (on the participant's
 * behalf) or ROCB A/P staff may write it.
 */
@Stateless
@RolesAllowed({Roles.FOCAL_POINT, Roles.MANAGER, Roles.ROCB_STAFF, Roles.ROCB_HEAD})
public class ReplyService {

    @Inject
    private FollowUpSettings settings;

    private static final String SUBJECT = "Reply";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ParticipantService participantService;

    @Inject
    private InvitedDueDates invitedDueDates;

    @Inject
    private CallerService callerService;

    @Inject
    private Event<ReplySubmitted> submitted;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * What saving a reply did.
     *
     * @param reply the saved reply
     * @param project the modernization project a Q5 "yes" is linked to, if any
     * @param notices things the focal point should still do (e.g. upload the mission report the reply mentions)
     */
    public record SavedReply(Reply reply, ReplySubmitted.LinkedProject project, List<RuleViolation> notices) {}

    /**
     * Saves the reply of a participant as a draft, or submits it.
     *
     * @param loadedVersion the version the caller edited, {@code null} for a first reply
     * @param inHouseWorkshopIds the in-house workshops the reply links (Q1 "in-house workshop")
     * @throws WorkflowException if numbers are negative or implausible, or (when submitting) the reply
     *     ticks "in-house workshop" without a linked record, "others" without saying which, or answers
     *     Q5 "yes" without describing the project; or a linked in-house workshop is another
     *     administration's or cascades another workshop
     * @throws ConcurrentChangeException if someone saved the reply after {@code loadedVersion}
     */
    public SavedReply saveReply(
            Long participantId,
            Long loadedVersion,
            ReplyAnswers answers,
            List<Long> inHouseWorkshopIds,
            boolean submit) {
        Participant participant = participantService.findForEdit(participantId);
        Optional<Reply> existing = find(participant);
        ConcurrentChangeException.check(
                "reply", loadedVersion, existing.map(Reply::getVersion).orElse(null));
        boolean submitting = submit || existing.map(Reply::isSubmitted).orElse(false);

        List<RuleViolation> violations = new ArrayList<>();
        List<Long> requested = inHouseWorkshopIds == null ? List.of() : inHouseWorkshopIds;
        // Too many ids are refused by the rules without looking a single one up.
        boolean tooMany = ReplyRules.tooManyLinks(requested.size());
        Set<InHouseWorkshop> linked = tooMany ? Set.of() : linkable(participant, requested, violations);
        violations.addAll(ReplyRules.check(answers, submitting, tooMany ? requested.size() : linked.size()));
        WorkflowException.throwIfAny(violations);

        Reply reply = existing.orElseGet(() -> new Reply(participant));
        Map<String, Object> before = existing.isPresent() ? reply.snapshot() : Map.of();
        reply.answer(answers, linked);
        if (submitting) {
            reply.submit(LocalDate.now(clock), dueDate(participant));
        }
        if (existing.isEmpty()) {
            em.persist(reply);
        }
        em.flush();
        audit.record(
                SUBJECT,
                reply.getId(),
                participant.getAdministration(),
                existing.isEmpty() ? "created" : (before.get("status") != reply.getStatus() ? "submitted" : "changed"),
                before,
                reply.snapshot());

        ReplySubmitted event = new ReplySubmitted(reply);
        if (submitting) {
            submitted.fire(event);
        }
        return new SavedReply(reply, event.project(), notices(participant, answers));
    }

    /**
     * The replies (drafts included) of one administration's participants in a workshop, or of every
     * participant for the ROCB A/P when {@code administration} is {@code null}, a slice at a time.
     */
    public Page<Reply> listByWorkshop(String workshopCode, String administration, Slice slice) {
        Caller caller = callerService.current();
        if (administration == null && !caller.seesAllAdministrations()) {
            throw new AccessRefusedException("Only the ROCB A/P sees the replies of every administration.");
        }
        if (administration != null) {
            AccessPolicy.requireRead(caller, administration);
        }
        String where = " WHERE p.workshop.code = :workshop"
                + (administration == null ? "" : " AND p.administration = :administration");
        TypedQuery<Reply> items = em.createQuery(
                        "SELECT r FROM Reply r JOIN FETCH r.participant p" + where
                                + " ORDER BY p.administration, p.name, r.id",
                        Reply.class)
                .setParameter("workshop", workshopCode)
                // The answer lists each reply's linked in-house workshops: read them all at once.
                .setHint("eclipselink.batch", "r.inHouseWorkshops")
                .setHint("eclipselink.batch.type", "IN");
        TypedQuery<Long> count = em.createQuery("SELECT count(r) FROM Reply r JOIN r.participant p" + where, Long.class)
                .setParameter("workshop", workshopCode);
        if (administration != null) {
            items.setParameter("administration", administration);
            count.setParameter("administration", administration);
        }
        return slice.read(items, count::getSingleResult);
    }

    /** The in-house workshops a reply of this participant may link, latest first. */
    public List<InHouseWorkshop> linkableInHouseWorkshops(Long participantId) {
        Participant participant = participantService.find(participantId);
        return em.createNamedQuery(InHouseWorkshop.FIND_BY_ADMINISTRATION, InHouseWorkshop.class)
                .setParameter("administration", participant.getAdministration())
                .getResultStream()
                .filter(w -> ReplyRules.linkable(participant, w))
                .toList();
    }

    /**
     * When the participant's reply is due: the due date of their invitation in a survey round, or for
     * a participant never invited (replies recorded by hand or imported) the configured period after
     * the workshop.
     */
    public LocalDate replyDue(Long participantId) {
        return dueDate(participantService.find(participantId));
    }

    private LocalDate dueDate(Participant participant) {
        return invitedDueDates
                .of(participant)
                .orElseGet(() -> new DueDates(settings).replyDue(participant.getWorkshop()));
    }

    /** The participant's reply, if any. */
    public Optional<Reply> findByParticipant(Long participantId) {
        return find(participantService.find(participantId));
    }

    private Set<InHouseWorkshop> linkable(Participant participant, List<Long> ids, List<RuleViolation> violations) {
        Set<InHouseWorkshop> linked = new LinkedHashSet<>();
        for (Long id : ids) {
            InHouseWorkshop workshop = id == null ? null : em.find(InHouseWorkshop.class, id);
            if (workshop == null || !ReplyRules.linkable(participant, workshop)) {
                violations.add(RuleViolation.of(
                        "inHouseWorkshops",
                        "reply.inHouseWorkshopForeign",
                        String.valueOf(id),
                        participant.getWorkshop().getCode()));
            } else {
                linked.add(workshop);
            }
        }
        return linked;
    }

    private List<RuleViolation> notices(Participant participant, ReplyAnswers answers) {
        if (!answers.isSubmittedReport()) {
            return List.of();
        }
        boolean onFile = !em.createNamedQuery(MissionReport.FIND_BY_PARTICIPANT, MissionReport.class)
                .setParameter("participant", participant)
                .getResultList()
                .isEmpty();
        return onFile
                ? List.of()
                : List.of(RuleViolation.of("submittedReport", "reply.missionReportNotOnFile", participant.getName()));
    }

    private Optional<Reply> find(Participant participant) {
        return em.createNamedQuery(Reply.FIND_BY_PARTICIPANT, Reply.class)
                .setParameter("participant", participant)
                .getResultStream()
                .findFirst();
    }
}
