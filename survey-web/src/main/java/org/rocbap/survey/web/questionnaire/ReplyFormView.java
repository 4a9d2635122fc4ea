package org.rocbap.survey.web.questionnaire;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.rocbap.survey.cascade.boundary.InHouseWorkshopService;
import org.rocbap.survey.cascade.entity.InHouseWorkshop;
import org.rocbap.survey.participation.boundary.ParticipantService;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.questionnaire.boundary.ReplyService;
import org.rocbap.survey.questionnaire.boundary.ReplyService.SavedReply;
import org.rocbap.survey.questionnaire.entity.ReplyAnswers;

/**
 * Backs {@code questionnaire/reply.xhtml}: the questionnaire filled in by the focal point on a
 * participant's behalf.
 */
@Named
@ViewScoped
public class ReplyFormView extends QuestionnaireForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private ParticipantService participantService;

    @Inject
    private ReplyService replyService;

    @Inject
    private InHouseWorkshopService inHouseWorkshopService;

    private Long participantId;
    private Participant participant;

    /**
     * Called by the page's viewAction once the participant parameter is set. The parameter is not
     * marked required: Faces would re-check it on every ajax postback, where it is absent, and
     * silently refuse the request; a missing or unknown participant ends in the not-found page.
     */
    public void load() {
        participant = participantService.find(participantId);
        show(replyService.findByParticipant(participantId).orElse(null), replyService.replyDue(participantId));
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
