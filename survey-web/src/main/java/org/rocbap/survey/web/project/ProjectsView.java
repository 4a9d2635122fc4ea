package org.rocbap.survey.web.project;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rocbap.survey.administration.boundary.AdministrationService;
import org.rocbap.survey.administration.entity.Administration;
import org.rocbap.survey.project.boundary.ProjectService;
import org.rocbap.survey.project.boundary.ProjectService.ProjectDetails;
import org.rocbap.survey.project.entity.ModernizationProject;
import org.rocbap.survey.project.entity.ProjectStatus;
import org.rocbap.survey.shared.security.AccessPolicy;
import org.rocbap.survey.shared.security.Caller;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.web.shared.PageMessages;
import org.rocbap.survey.workshop.boundary.WorkshopService;
import org.rocbap.survey.workshop.entity.Workshop;

/**
 * Backs {@code project/list.xhtml}: an administration's modernization projects, with a form to add
 * one or change the one selected.
 */
@Named
@ViewScoped
public class ProjectsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectService projectService;

    @Inject
    private WorkshopService workshopService;

    @Inject
    private AdministrationService administrationService;

    @Inject
    private CallerService callerService;

    private Caller caller;
    private String administration;
    private List<ModernizationProject> projects = List.of();
    private List<Administration> administrations;
    private List<Workshop> workshops;
    private Long editedId;
    private Long loadedVersion;
    private String title;
    private String description;
    private String category;
    private ProjectStatus status = ProjectStatus.PLANNED;
    private LocalDate startDate;
    private List<String> workshopCodes = new ArrayList<>();

    public void load() {
        caller = callerService.current();
        administrations = administrationService.listAll();
        workshops = workshopService.listAll();
        if (administration == null) {
            administration = caller.administration();
        }
        refresh();
    }

    public void refresh() {
        projects = administration == null ? List.of() : projectService.listByAdministration(administration);
    }

    public void edit(ModernizationProject p) {
        editedId = p.getId();
        loadedVersion = p.getVersion();
        title = p.getTitle();
        description = p.getDescription();
        category = p.getCategory();
        status = p.getStatus();
        startDate = p.getStartDate();
        workshopCodes = new ArrayList<>(
                p.getWorkshops().stream().map(Workshop::getCode).sorted().toList());
    }

    public void startNew() {
        editedId = null;
        loadedVersion = null;
        title = null;
        description = null;
        category = null;
        status = ProjectStatus.PLANNED;
        startDate = null;
        workshopCodes = new ArrayList<>();
    }

    public void save() {
        ProjectDetails details = new ProjectDetails(title, description, category, status, startDate, workshopCodes);
        PageMessages.attempt("project", () -> {
            ModernizationProject saved = editedId == null
                    ? projectService.create(administration, details)
                    : projectService.update(editedId, loadedVersion, details);
            edit(saved);
            refresh();
            PageMessages.info("project.saved", saved.getTitle());
        });
    }

    public boolean isMayEdit() {
        return administration != null && AccessPolicy.mayEdit(caller, administration);
    }

    public boolean isChoosesAdministration() {
        return caller.seesAllAdministrations();
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public String getAdministration() {
        return administration;
    }

    public void setAdministration(String administration) {
        this.administration = administration;
    }

    public List<ModernizationProject> getProjects() {
        return projects;
    }

    public List<Administration> getAdministrations() {
        return administrations;
    }

    public List<Workshop> getWorkshops() {
        return workshops;
    }

    public Long getEditedId() {
        return editedId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public List<String> getWorkshopCodes() {
        return workshopCodes;
    }

    public void setWorkshopCodes(List<String> workshopCodes) {
        this.workshopCodes = workshopCodes;
    }
}
