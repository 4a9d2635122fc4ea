package org.rocbap.survey.web.questionnaire;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rocbap.survey.cascade.entity.InHouseWorkshop;
import org.rocbap.survey.project.boundary.ProjectService.OpenProjects;
import org.rocbap.survey.project.entity.ModernizationProject;
import org.rocbap.survey.project.entity.ProjectStatus;
import org.rocbap.survey.questionnaire.boundary.ReplyService.SavedReply;
import org.rocbap.survey.questionnaire.entity.Reply;
import org.rocbap.survey.questionnaire.entity.ReplyAnswers;
import org.rocbap.survey.questionnaire.entity.ReplyStatus;
import org.rocbap.survey.web.shared.PageMessages;

/**
 * The questionnaire of the appendix on a page ({@code WEB-INF/includes/questionnaire.xhtml}), whoever
 * fills it in: the focal point on a participant's behalf ({@link ReplyFormView}) or the participant
 * through their personal link ({@link PersonalReplyView}). What was typed stays on the page whatever
 * the service answers; the subclasses say how a reply is read and saved.
 */
public abstract class QuestionnaireForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "reply";
    static final String IN_HOUSE_FORM = "inhouse";

    private Long loadedVersion;
    private ReplyStatus status;
    private List<InHouseWorkshop> availableInHouseWorkshops = List.of();
    private List<Long> linkedInHouseWorkshops = new ArrayList<>();
    private ReplyAnswers answers = new ReplyAnswers();
    private NewInHouseWorkshop newInHouseWorkshop = new NewInHouseWorkshop();
    private Boolean autosaved;
    private LocalDate dueDate;
    private List<ProjectRow> projects = List.of();
    private long openProjectCount;
    private String projectSearch;

    /**
     * One of the administration's open projects with the status chosen for it on the page; typed, so
     * that JSF converts the choice to the enum (a map's value type it cannot see).
     */
    public static final class ProjectRow implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private final ModernizationProject project;
        private ProjectStatus status;

        ProjectRow(ModernizationProject project) {
            this.project = project;
            this.status = project.getStatus();
        }

        public ModernizationProject getProject() {
            return project;
        }

        public ProjectStatus getStatus() {
            return status;
        }

        public void setStatus(ProjectStatus status) {
            this.status = status;
        }
    }

    /** Saves the answers as they are on the page. */
    protected abstract SavedReply save(
            Long loadedVersion, ReplyAnswers answers, List<Long> linkedInHouseWorkshops, boolean submit);

    /** Records the in-house workshop typed into the dialog. */
    protected abstract InHouseWorkshop record(NewInHouseWorkshop workshop);

    /** The in-house workshops the reply may link. */
    protected abstract List<InHouseWorkshop> linkable();

    /** The open projects that concern the respondent, or those whose title holds {@code search}. */
    protected abstract OpenProjects openProjects(String search);

    /** Updates one project's status. */
    protected abstract ModernizationProject updateProjectStatus(Long id, Long loadedVersion, ProjectStatus status);

    /** The name the page's messages give the respondent. */
    public abstract String getRespondentName();

    /** Shows what is on record: the reply (if any), its due date and the linkable in-house workshops. */
    protected void show(Reply reply, LocalDate due) {
        dueDate = due;
        if (reply != null) {
            loadedVersion = reply.getVersion();
            status = reply.getStatus();
            answers = reply.getAnswers();
            linkedInHouseWorkshops = new ArrayList<>(reply.getInHouseWorkshops().stream()
                    .map(InHouseWorkshop::getId)
                    .toList());
        }
        availableInHouseWorkshops = linkable();
        showProjects();
    }

    private void showProjects() {
        OpenProjects open = openProjects(projectSearch);
        projects = open.shown().stream().map(ProjectRow::new).toList();
        openProjectCount = open.open();
    }

    /** Shows the open projects whose title holds what was typed (all that concern the respondent if nothing). */
    public void searchProjects() {
        showProjects();
    }

    /**
     * Updates the status the page shows for one of the administration's projects: the questionnaire
     * carries the project register from round to round.
     */
    public void updateProject(ProjectRow row) {
        PageMessages.attempt(FORM, () -> {
            ModernizationProject updated =
                    updateProjectStatus(row.project.getId(), row.project.getVersion(), row.status);
            showProjects();
            PageMessages.info("reply.projectUpdated", updated.getTitle());
        });
    }

    public List<ProjectRow> getProjects() {
        return projects;
    }

    /** How many open projects the administration has in all, of which the page shows some. */
    public long getOpenProjectCount() {
        return openProjectCount;
    }

    public String getProjectSearch() {
        return projectSearch;
    }

    public void setProjectSearch(String projectSearch) {
        this.projectSearch = projectSearch;
    }

    public ProjectStatus[] getProjectStatusChoices() {
        return ProjectStatus.values();
    }

    /**
     * Records the in-house workshop of the dialog and links it to the reply, without submitting the
     * questionnaire, so that nothing typed into it is lost.
     */
    public void recordInHouseWorkshop() {
        PageMessages.attempt(IN_HOUSE_FORM, () -> {
            InHouseWorkshop recorded = record(newInHouseWorkshop);
            availableInHouseWorkshops = linkable();
            linkedInHouseWorkshops.add(recorded.getId());
            answers.setInHouseWorkshop(true);
            newInHouseWorkshop = new NewInHouseWorkshop();
            PageMessages.info("inHouse.recorded", recorded.getTitle());
        });
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
        autosaved =
                PageMessages.attempt(FORM, () -> remember(save(loadedVersion, answers, linkedInHouseWorkshops, false)));
    }

    private void save(boolean submitting) {
        PageMessages.attempt(FORM, () -> {
            SavedReply saved = save(loadedVersion, answers, linkedInHouseWorkshops, submitting);
            remember(saved);
            PageMessages.info(saved.reply().isSubmitted() ? "reply.submitted" : "reply.saved", getRespondentName());
            saved.notices().forEach(n -> PageMessages.notice(n, FORM));
            if (saved.project() != null) {
                PageMessages.info("reply.projectLinked", saved.project().title());
            }
        });
    }

    private void remember(SavedReply saved) {
        loadedVersion = saved.reply().getVersion();
        status = saved.reply().getStatus();
    }

    /** Whether the last automatic save worked; {@code null} before the first one. */
    public Boolean getAutosaved() {
        return autosaved;
    }

    /** {@code null} while there is no reply. */
    public ReplyStatus getStatus() {
        return status;
    }

    /** When the reply is due: the users see it beside the questions. */
    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isSubmitted() {
        return status == ReplyStatus.SUBMITTED;
    }

    /** The questionnaire's answers, bound field by field by the page. */
    public ReplyAnswers getAnswers() {
        return answers;
    }

    public NewInHouseWorkshop getNewInHouseWorkshop() {
        return newInHouseWorkshop;
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
