package org.rocbap.survey.web.questionnaire;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.rocbap.survey.cascade.boundary.InHouseWorkshopService;
import org.rocbap.survey.cascade.entity.InHouseWorkshop;
import org.rocbap.survey.participation.boundary.ParticipantService;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.project.boundary.ProjectService;
import org.rocbap.survey.project.boundary.ProjectService.OpenProjects;
import org.rocbap.survey.project.entity.ModernizationProject;
import org.rocbap.survey.project.entity.ProjectStatus;
import org.rocbap.survey.questionnaire.boundary.ReplyService;
import org.rocbap.survey.questionnaire.boundary.ReplyService.SavedReply;
import org.rocbap.survey.questionnaire.entity.ReplyAnswers;
import org.rocbap.survey.round.boundary.InvitationService;
import org.rocbap.survey.round.boundary.Successor;
import org.rocbap.survey.round.entity.Invitation;
import org.rocbap.survey.round.entity.NonResponse;
import org.rocbap.survey.web.shared.PageMessages;

/**
 * Backs {@code questionnaire/reply.xhtml}: the questionnaire filled in by the focal point on a
 * participant's behalf.
 */
@Named
@ViewScoped
public class ReplyFormView extends QuestionnaireForm {

    private static final long serialVersionUID = 1L;
    private static final String NON_RESPONSE_FORM = "nonresponse";

    @Inject
    private ParticipantService participantService;

    @Inject
    private ReplyService replyService;

    @Inject
    private InHouseWorkshopService inHouseWorkshopService;

    @Inject
    private InvitationService invitationService;

    @Inject
    private ProjectService projectService;

    private Long participantId;
    private Participant participant;
    private boolean invited;
    private NonResponse nonResponse;
    private boolean mayExplainNonResponse;
    private String nonResponseNote;
    private String recipient;
    private String successorName;
    private String successorEmail;
    private String successorLanguage = "en";

    /**
     * Called by the page's viewAction once the participant parameter is set. The parameter is not
     * marked required: Faces would re-check it on every ajax postback, where it is absent, and
     * silently refuse the request; a missing or unknown participant ends in the not-found page.
     */
    public void load() {
        participant = participantService.find(participantId);
        show(replyService.findByParticipant(participantId).orElse(null), replyService.replyDue(participantId));
        invitationService.ofParticipant(participantId).ifPresent(invitation -> {
            invited = true;
            nonResponse = invitation.getNonResponse();
            nonResponseNote = invitation.getNonResponseNote();
            recipient = recipientOf(invitation);
        });
        mayExplainNonResponse = invited && invitationService.mayExplainNonResponse(participantId);
    }

    /**
     * Hands the questionnaire over to the successor named on the form, for the reason chosen above
     * it; the successor is invited at once.
     */
    public void handOver() {
        PageMessages.attempt(NON_RESPONSE_FORM, () -> {
            Invitation handed = invitationService.handOver(
                    participantId,
                    new Successor(successorName, successorEmail, successorLanguage, nonResponse, nonResponseNote));
            recipient = recipientOf(handed);
            successorName = null;
            successorEmail = null;
            PageMessages.info("successor.invited", participant.getName(), handed.recipientName());
        });
    }

    private static String recipientOf(Invitation invitation) {
        return invitation.recipientName() + " (" + invitation.recipientEmail() + ")";
    }

    /** Who has the questionnaire now: the participant, or the successor it was handed over to. */
    public String getRecipient() {
        return recipient;
    }

    public String getSuccessorName() {
        return successorName;
    }

    public void setSuccessorName(String successorName) {
        this.successorName = successorName;
    }

    public String getSuccessorEmail() {
        return successorEmail;
    }

    public void setSuccessorEmail(String successorEmail) {
        this.successorEmail = successorEmail;
    }

    public String getSuccessorLanguage() {
        return successorLanguage;
    }

    public void setSuccessorLanguage(String successorLanguage) {
        this.successorLanguage = successorLanguage;
    }

    /** Records why the participant cannot reply (or, with no reason, that they can after all). */
    public void explainNonResponse() {
        PageMessages.attempt(NON_RESPONSE_FORM, () -> {
            invitationService.explainNonResponse(participantId, nonResponse, nonResponseNote);
            PageMessages.info(
                    nonResponse == null ? "nonResponse.cleared" : "nonResponse.recorded", participant.getName());
        });
    }

    /** Whether the participant was invited in a survey round (only then is there a reply to excuse). */
    public boolean isInvited() {
        return invited;
    }

    /** Whether the caller may record why the participant does not reply, as the service decides. */
    public boolean isMayExplainNonResponse() {
        return mayExplainNonResponse;
    }

    public NonResponse[] getNonResponseReasons() {
        return NonResponse.values();
    }

    public NonResponse getNonResponse() {
        return nonResponse;
    }

    public void setNonResponse(NonResponse nonResponse) {
        this.nonResponse = nonResponse;
    }

    public String getNonResponseNote() {
        return nonResponseNote;
    }

    public void setNonResponseNote(String nonResponseNote) {
        this.nonResponseNote = nonResponseNote;
    }

    @Override
    protected SavedReply save(Long loadedVersion, ReplyAnswers answers, List<Long> linked, boolean submit) {
        return replyService.saveReply(participantId, loadedVersion, answers, linked, submit);
    }

    @Override
    protected InHouseWorkshop record(NewInHouseWorkshop w) {
        return inHouseWorkshopService.record(
                participant.getAdministration(),
                participant.getWorkshop().getCode(),
                w.getDate(),
                w.getTitle(),
                w.getAttendees(),
                w.getOrganiser(),
                w.getMaterials());
    }

    @Override
    protected List<InHouseWorkshop> linkable() {
        return replyService.linkableInHouseWorkshops(participantId);
    }

    @Override
    protected OpenProjects openProjects(String search) {
        return projectService.openProjectsFor(participant, search);
    }

    @Override
    protected ModernizationProject updateProjectStatus(Long id, Long loadedVersion, ProjectStatus status) {
        return projectService.updateStatus(id, loadedVersion, status);
    }

    @Override
    public String getRespondentName() {
        return participant.getName();
    }

    public Long getParticipantId() {
        return participantId;
    }

    public void setParticipantId(Long participantId) {
        this.participantId = participantId;
    }

    public Participant getParticipant() {
        return participant;
    }
}
