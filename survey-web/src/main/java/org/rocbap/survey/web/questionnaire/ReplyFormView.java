package org.rocbap.survey.web.questionnaire;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rocbap.survey.cascade.boundary.InHouseWorkshopService;
import org.rocbap.survey.cascade.entity.InHouseWorkshop;
import org.rocbap.survey.missionreport.control.DueDates;
import org.rocbap.survey.participation.boundary.ParticipantService;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.questionnaire.boundary.ReplyService;
import org.rocbap.survey.questionnaire.boundary.ReplyService.SavedReply;
import org.rocbap.survey.questionnaire.entity.Answer;
import org.rocbap.survey.questionnaire.entity.Reply;
import org.rocbap.survey.questionnaire.entity.ReplyAnswers;
import org.rocbap.survey.questionnaire.entity.ReplyStatus;
import org.rocbap.survey.shared.config.FollowUpSettings;
import org.rocbap.survey.web.shared.PageMessages;

/**
 * Backs {@code questionnaire/reply.xhtml}: the questionnaire of the appendix, filled in by the focal
 * point on a participant's behalf. What was typed stays on the page whatever the service answers.
 */
@Named
@ViewScoped
public class ReplyFormView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "reply";
    private static final String IN_HOUSE_FORM = "inhouse";

    @Inject
    private ParticipantService participantService;

    @Inject
    private ReplyService replyService;

    @Inject
    private InHouseWorkshopService inHouseWorkshopService;

    private Long participantId;
    private Participant participant;
    private Long loadedVersion;
    private ReplyStatus status;
    private List<InHouseWorkshop> availableInHouseWorkshops = List.of();
    private List<Long> linkedInHouseWorkshops = new ArrayList<>();
    private ReplyAnswers answers = new ReplyAnswers();
    private NewInHouseWorkshop newInHouseWorkshop = new NewInHouseWorkshop();
    private Boolean autosaved;

    /**
     * Called by the page's viewAction once the participant parameter is set. The parameter is not
     * marked required: Faces would re-check it on every ajax postback, where it is absent, and
     * silently refuse the request; a missing or unknown participant ends in the not-found page.
     */
    public void load() {
        participant = participantService.find(participantId);
        replyService.findByParticipant(participantId).ifPresent(this::show);
        loadInHouseWorkshops();
    }

    private void loadInHouseWorkshops() {
        availableInHouseWorkshops = replyService.linkableInHouseWorkshops(participantId);
    }

    /**
     * Records the in-house workshop of the page's "record an in-house workshop" section and links it
     * to the reply, without submitting the questionnaire, so that nothing typed into it is lost.
     */
    public void recordInHouseWorkshop() {
        PageMessages.attempt(IN_HOUSE_FORM, () -> {
            NewInHouseWorkshop w = newInHouseWorkshop;
            InHouseWorkshop recorded = inHouseWorkshopService.record(
                    participant.getAdministration(),
                    participant.getWorkshop().getCode(),
                    w.getDate(),
                    w.getTitle(),
                    w.getAttendees(),
                    w.getOrganiser(),
                    w.getMaterials());
            loadInHouseWorkshops();
            linkedInHouseWorkshops.add(recorded.getId());
            answers.setInHouseWorkshop(true);
            newInHouseWorkshop = new NewInHouseWorkshop();
            PageMessages.info("inHouse.recorded", recorded.getTitle());
        });
    }

    public NewInHouseWorkshop getNewInHouseWorkshop() {
        return newInHouseWorkshop;
    }

    private void show(Reply reply) {
        loadedVersion = reply.getVersion();
        status = reply.getStatus();
        answers = reply.getAnswers();
        linkedInHouseWorkshops = new ArrayList<>(
                reply.getInHouseWorkshops().stream().map(InHouseWorkshop::getId).toList());
    }

    public void saveDraft() {
        save(false);
    }

    public void submit() {
        save(true);
    }

    /**
     * Saves what has been typed as a draft while the user types, so that nothing is lost when the
     * session ends or the laptop closes. Quiet: only a status line says whether it worked; a value the
     * rules refuse waits for the user's own "Save draft", which shows what to correct.
     */
    public void autosave() {
        if (isSubmitted()) {
            return;
        }
        autosaved = PageMessages.attempt(FORM, () -> {
            Reply reply = replyService
                    .saveReply(participantId, loadedVersion, answers, linkedInHouseWorkshops, false)
                    .reply();
            loadedVersion = reply.getVersion();
            status = reply.getStatus();
        });
    }

    /** Whether the last automatic save worked; {@code null} before the first one. */
    public Boolean getAutosaved() {
        return autosaved;
    }

    private void save(boolean submitting) {
        PageMessages.attempt(FORM, () -> {
            SavedReply saved =
                    replyService.saveReply(participantId, loadedVersion, answers, linkedInHouseWorkshops, submitting);
            loadedVersion = saved.reply().getVersion();
            status = saved.reply().getStatus();
            PageMessages.info(saved.reply().isSubmitted() ? "reply.submitted" : "reply.saved", participant.getName());
            saved.notices().forEach(n -> PageMessages.notice(n, FORM));
            if (saved.project() != null) {
                PageMessages.info("reply.projectLinked", saved.project().getTitle());
            }
        });
    }

    public Answer[] getAnswerChoices() {
        return Answer.values();
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

    /** {@code null} while the participant has no reply. */
    public ReplyStatus getStatus() {
        return status;
    }

    /** When the reply is due: the users see it beside the questions. */
    public LocalDate getDueDate() {
        return new DueDates(FollowUpSettings.current())
                .replyDue(participant.getWorkshop().getEndDate());
    }

    public boolean isSubmitted() {
        return status == ReplyStatus.SUBMITTED;
    }

    /** The questionnaire's answers, bound field by field by the page. */
    public ReplyAnswers getAnswers() {
        return answers;
    }

    public List<InHouseWorkshop> getAvailableInHouseWorkshops() {
        return availableInHouseWorkshops;
    }

    public List<Long> getLinkedInHouseWorkshops() {
        return linkedInHouseWorkshops;
    }

    public void setLinkedInHouseWorkshops(List<Long> linkedInHouseWorkshops) {
        this.linkedInHouseWorkshops = linkedInHouseWorkshops;
    }
}
