package org.rocbap.survey.web.questionnaire;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.rocbap.survey.cascade.boundary.InHouseWorkshopService;
import org.rocbap.survey.cascade.entity.InHouseWorkshop;
import org.rocbap.survey.participation.boundary.ParticipantService;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.questionnaire.boundary.ReplyService;
import org.rocbap.survey.questionnaire.boundary.ReplyService.SavedReply;
import org.rocbap.survey.questionnaire.entity.Answer;
import org.rocbap.survey.questionnaire.entity.Reply;
import org.rocbap.survey.questionnaire.entity.ReplyAnswers;
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

    @Inject
    private ParticipantService participantService;

    @Inject
    private ReplyService replyService;

    @Inject
    private InHouseWorkshopService inHouseWorkshopService;

    private Long participantId;
    private Participant participant;
    private Long loadedVersion;
    private String status;
    private List<InHouseWorkshop> availableInHouseWorkshops = List.of();
    private List<Long> linkedInHouseWorkshops = new ArrayList<>();
    private final Fields fields = new Fields();
    private NewInHouseWorkshop newInHouseWorkshop = new NewInHouseWorkshop();

    /** The questionnaire's inputs, bound one by one by the page. */
    public static class Fields implements Serializable {
        private static final long serialVersionUID = 1L;
        private boolean sharedMaterials;
        private Integer colleaguesShared;
        private boolean submittedReport;
        private boolean recommendations;
        private boolean inHouseWorkshop;
        private boolean manuals;
        private boolean others;
        private String othersText;
        private Integer colleaguesLearned;
        private String lessonsUsed;
        private Answer directEffects;
        private String directEffectsText;
        private Answer efficiency;
        private String efficiencyText;
        private Answer modernization;
        private String modernizationText;

        ReplyAnswers answers() {
            return new ReplyAnswers(
                    sharedMaterials,
                    colleaguesShared,
                    submittedReport,
                    recommendations,
                    inHouseWorkshop,
                    manuals,
                    others,
                    othersText,
                    colleaguesLearned,
                    lessonsUsed,
                    directEffects,
                    directEffectsText,
                    efficiency,
                    efficiencyText,
                    modernization,
                    modernizationText);
        }

        void fill(ReplyAnswers a) {
            sharedMaterials = a.sharedMaterials();
            colleaguesShared = a.colleaguesShared();
            submittedReport = a.submittedReport();
            recommendations = a.recommendations();
            inHouseWorkshop = a.inHouseWorkshop();
            manuals = a.manuals();
            others = a.others();
            othersText = a.othersText();
            colleaguesLearned = a.colleaguesLearned();
            lessonsUsed = a.lessonsUsed();
            directEffects = a.directEffects();
            directEffectsText = a.directEffectsText();
            efficiency = a.efficiency();
            efficiencyText = a.efficiencyText();
            modernization = a.modernization();
            modernizationText = a.modernizationText();
        }

        // Faces binds through bean properties; these expose the public fields to it.
        public boolean isSharedMaterials() {
            return sharedMaterials;
        }

        public void setSharedMaterials(boolean v) {
            sharedMaterials = v;
        }

        public Integer getColleaguesShared() {
            return colleaguesShared;
        }

        public void setColleaguesShared(Integer v) {
            colleaguesShared = v;
        }

        public boolean isSubmittedReport() {
            return submittedReport;
        }

        public void setSubmittedReport(boolean v) {
            submittedReport = v;
        }

        public boolean isRecommendations() {
            return recommendations;
        }

        public void setRecommendations(boolean v) {
            recommendations = v;
        }

        public boolean isInHouseWorkshop() {
            return inHouseWorkshop;
        }

        public void setInHouseWorkshop(boolean v) {
            inHouseWorkshop = v;
        }

        public boolean isManuals() {
            return manuals;
        }

        public void setManuals(boolean v) {
            manuals = v;
        }

        public boolean isOthers() {
            return others;
        }

        public void setOthers(boolean v) {
            others = v;
        }

        public String getOthersText() {
            return othersText;
        }

        public void setOthersText(String v) {
            othersText = v;
        }

        public Integer getColleaguesLearned() {
            return colleaguesLearned;
        }

        public void setColleaguesLearned(Integer v) {
            colleaguesLearned = v;
        }

        public String getLessonsUsed() {
            return lessonsUsed;
        }

        public void setLessonsUsed(String v) {
            lessonsUsed = v;
        }

        public Answer getDirectEffects() {
            return directEffects;
        }

        public void setDirectEffects(Answer v) {
            directEffects = v;
        }

        public String getDirectEffectsText() {
            return directEffectsText;
        }

        public void setDirectEffectsText(String v) {
            directEffectsText = v;
        }

        public Answer getEfficiency() {
            return efficiency;
        }

        public void setEfficiency(Answer v) {
            efficiency = v;
        }

        public String getEfficiencyText() {
            return efficiencyText;
        }

        public void setEfficiencyText(String v) {
            efficiencyText = v;
        }

        public Answer getModernization() {
            return modernization;
        }

        public void setModernization(Answer v) {
            modernization = v;
        }

        public String getModernizationText() {
            return modernizationText;
        }

        public void setModernizationText(String v) {
            modernizationText = v;
        }
    }

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
        availableInHouseWorkshops =
                inHouseWorkshopService.listByAdministration(participant.getAdministration()).stream()
                        .filter(w -> w.getRegionalWorkshop()
                                .getCode()
                                .equals(participant.getWorkshop().getCode()))
                        .toList();
    }

    /**
     * Records the in-house workshop of the page's "record an in-house workshop" section and links it
     * to the reply, without submitting the questionnaire, so that nothing typed into it is lost.
     */
    public void recordInHouseWorkshop() {
        PageMessages.attempt(FORM, () -> {
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
            fields.setInHouseWorkshop(true);
            newInHouseWorkshop = new NewInHouseWorkshop();
            PageMessages.info("inHouse.recorded", recorded.getTitle());
        });
    }

    public NewInHouseWorkshop getNewInHouseWorkshop() {
        return newInHouseWorkshop;
    }

    private void show(Reply reply) {
        loadedVersion = reply.getVersion();
        status = reply.getStatus().name();
        fields.fill(reply.getAnswers());
        linkedInHouseWorkshops = new ArrayList<>(
                reply.getInHouseWorkshops().stream().map(InHouseWorkshop::getId).toList());
    }

    public void saveDraft() {
        save(false);
    }

    public void submit() {
        save(true);
    }

    private void save(boolean submitting) {
        PageMessages.attempt(FORM, () -> {
            SavedReply saved = replyService.saveReply(
                    participantId, loadedVersion, fields.answers(), linkedInHouseWorkshops, submitting);
            loadedVersion = saved.reply().getVersion();
            status = saved.reply().getStatus().name();
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

    public String getStatus() {
        return status;
    }

    public Fields getFields() {
        return fields;
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
