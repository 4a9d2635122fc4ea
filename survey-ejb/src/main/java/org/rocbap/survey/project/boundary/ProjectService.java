package org.rocbap.survey.project.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rocbap.survey.audit.boundary.AuditTrail;
import org.rocbap.survey.project.entity.ModernizationProject;
import org.rocbap.survey.project.entity.ProjectStatus;
import org.rocbap.survey.questionnaire.entity.Reply;
import org.rocbap.survey.shared.persistence.Records;
import org.rocbap.survey.shared.rules.ConcurrentChangeException;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.AccessPolicy;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.boundary.WorkshopService;
import org.rocbap.survey.workshop.entity.Workshop;

/** Creating, updating and reading modernization projects. */
@Stateless
@RolesAllowed({Roles.FOCAL_POINT, Roles.MANAGER, Roles.ROCB_STAFF, Roles.ROCB_HEAD})
public class ProjectService {

    private static final String SUBJECT = "ModernizationProject";
    private static final int TITLE_LENGTH = 300;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callerService;

    @Inject
    private WorkshopService workshopService;

    @Inject
    private AuditTrail audit;

    /** What a project says about itself. */
    public record ProjectDetails(
            String title,
            String description,
            String category,
            ProjectStatus status,
            LocalDate startDate,
            List<String> workshopCodes) {}

    /**
     * Creates a project of an administration.
     *
     * @throws WorkflowException if the title or status is missing or a workshop code is unknown
     */
    public ModernizationProject create(String administration, ProjectDetails details) {
        AccessPolicy.requireEdit(callerService.current(), administration);
        ModernizationProject project = new ModernizationProject(administration, null);
        apply(project, details);
        em.persist(project);
        em.flush();
        audit.record(SUBJECT, project.getId(), administration, "created", Map.of(), project.snapshot());
        return project;
    }

    /**
     * Updates a project.
     *
     * @throws ConcurrentChangeException if someone saved it after {@code loadedVersion}
     */
    public ModernizationProject update(Long id, Long loadedVersion, ProjectDetails details) {
        ModernizationProject project = find(id);
        AccessPolicy.requireEdit(callerService.current(), project.getAdministration());
        ConcurrentChangeException.check("modernization project", loadedVersion, project.getVersion());
        Map<String, Object> before = project.snapshot();
        apply(project, details);
        em.flush();
        audit.record(SUBJECT, project.getId(), project.getAdministration(), "changed", before, project.snapshot());
        return project;
    }

    /**
     * The project a reply's Q5 "yes" declared, created from the reply's text if it has none yet.
     * Called by the reply workflow inside its transaction.
     */
    public ModernizationProject ensureProjectFor(Reply reply, String text) {
        Optional<ModernizationProject> existing = em.createNamedQuery(
                        ModernizationProject.FIND_BY_REPLY, ModernizationProject.class)
                .setParameter("reply", reply)
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        String administration = reply.getParticipant().getAdministration();
        AccessPolicy.requireEdit(callerService.current(), administration);
        ModernizationProject project = new ModernizationProject(administration, reply);
        String firstLine = text.strip().lines().findFirst().orElse(text.strip());
        String title = firstLine.length() > TITLE_LENGTH ? firstLine.substring(0, TITLE_LENGTH - 1) + "…" : firstLine;
        project.describe(
                title,
                text.strip(),
                null,
                ProjectStatus.PLANNED,
                null,
                Set.of(reply.getParticipant().getWorkshop()));
        em.persist(project);
        em.flush();
        audit.record(SUBJECT, project.getId(), administration, "created from reply", Map.of(), project.snapshot());
        return project;
    }

    public ModernizationProject find(Long id) {
        ModernizationProject project = Records.existing(em, ModernizationProject.class, id, "modernization project");
        AccessPolicy.requireRead(callerService.current(), project.getAdministration());
        return project;
    }

    public List<ModernizationProject> listByAdministration(String administration) {
        AccessPolicy.requireRead(callerService.current(), administration);
        return em.createNamedQuery(ModernizationProject.FIND_BY_ADMINISTRATION, ModernizationProject.class)
                .setParameter("administration", administration)
                .getResultList();
    }

    private void apply(ModernizationProject project, ProjectDetails details) {
        List<RuleViolation> violations = new ArrayList<>();
        if (details.title() == null || details.title().isBlank()) {
            violations.add(RuleViolation.of("title", "project.titleMissing"));
        } else if (details.title().strip().length() > TITLE_LENGTH) {
            violations.add(RuleViolation.of("title", "project.titleTooLong", TITLE_LENGTH));
        }
        if (details.status() == null) {
            violations.add(RuleViolation.of("status", "project.statusMissing"));
        }
        Set<Workshop> workshops = new LinkedHashSet<>();
        for (String code : details.workshopCodes() == null ? List.<String>of() : details.workshopCodes()) {
            workshopService
                    .find(code)
                    .ifPresentOrElse(
                            workshops::add,
                            () -> violations.add(RuleViolation.of("workshops", "project.workshopUnknown", code)));
        }
        WorkflowException.throwIfAny(violations);
        project.describe(
                details.title().strip(),
                details.description(),
                details.category(),
                details.status(),
                details.startDate(),
                workshops);
    }
}
