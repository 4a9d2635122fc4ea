package org.rocbap.survey.web.questionnaire;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.rocbap.survey.cascade.entity.InHouseWorkshop;
import org.rocbap.survey.project.boundary.ProjectService.OpenProjects;
import org.rocbap.survey.project.entity.ModernizationProject;
import org.rocbap.survey.project.entity.ProjectStatus;
import org.rocbap.survey.questionnaire.boundary.ReplyService.SavedReply;
import org.rocbap.survey.questionnaire.entity.ReplyAnswers;
import org.rocbap.survey.round.boundary.ReplyLinkRefusedException;
import org.rocbap.survey.round.boundary.ReplyLinkService;
import org.rocbap.survey.round.boundary.ReplyLinkService.LinkedQuestionnaire;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.WorkflowException;

/**
 * Backs {@code answer/full.xhtml}: the whole questionnaire of a personal link as a Faces page, for
 * what the light page ({@link LinkedPage}) leaves to it: recording an in-house workshop, updating the
 * administration's projects, and browsers without JavaScript. A link that opens nothing shows why, in
 * general terms, and nobody's data.
 */
@Named
@ViewScoped
public class PersonalReplyView extends QuestionnaireForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReplyLinkService links;

    private String token;
    private LinkedQuestionnaire questionnaire;
    private ReplyLinkRefusedException.Reason refusal;
    private String language;

    public void load() {
        try {
            questionnaire = links.open(token);
            show(questionnaire.reply(), questionnaire.dueOn());
        } catch (ReplyLinkRefusedException e) {
            refusal = LinkRefusal.answer(e);
        }
    }

    @Override
    protected SavedReply save(Long loadedVersion, ReplyAnswers answers, List<Long> linked, boolean submit) {
        try {
            return links.save(token, loadedVersion, answers, linked, submit);
        } catch (ReplyLinkRefusedException e) {
            throw refused(e);
        }
    }

    @Override
    protected InHouseWorkshop record(NewInHouseWorkshop w) {
        try {
            return links.recordInHouseWorkshop(
                    token, w.getDate(), w.getTitle(), w.getAttendees(), w.getOrganiser(), w.getMaterials());
        } catch (ReplyLinkRefusedException e) {
            throw refused(e);
        }
    }

    @Override
    protected List<InHouseWorkshop> linkable() {
        try {
            return links.linkableInHouseWorkshops(token);
        } catch (ReplyLinkRefusedException e) {
            return List.of();
        }
    }

    @Override
    protected OpenProjects openProjects(String search) {
        try {
            return links.openProjects(token, search);
        } catch (ReplyLinkRefusedException e) {
            return new OpenProjects(List.of(), 0);
        }
    }

    @Override
    protected ModernizationProject updateProjectStatus(Long id, Long loadedVersion, ProjectStatus status) {
        try {
            return links.updateProjectStatus(token, id, loadedVersion, status);
        } catch (ReplyLinkRefusedException e) {
            throw refused(e);
        }
    }

    /** The link stopped working while the page was open (revoked, expired, used in another tab). */
    private WorkflowException refused(ReplyLinkRefusedException e) {
        refusal = e.reason();
        return new WorkflowException(RuleViolation.of(null, "replyLink.refused"));
    }

    @Override
    public String getRespondentName() {
        return questionnaire.participantName();
    }

    /** The language chosen with the switch, else the participant's, else the browser's. */
    public Locale getLocale() {
        return LinkLanguage.of(language, questionnaire);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public LinkedQuestionnaire getQuestionnaire() {
        return questionnaire;
    }

    /** Why the link opens nothing, or {@code null}. */
    public ReplyLinkRefusedException.Reason getRefusal() {
        return refusal;
    }
}
