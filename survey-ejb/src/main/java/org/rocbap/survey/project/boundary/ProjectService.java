package org.rocbap.survey.project.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rocbap.survey.administration.boundary.AdministrationService;
import org.rocbap.survey.administration.control.AdministrationRules;
import org.rocbap.survey.audit.boundary.AuditTrail;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.project.control.ProjectRules;
import org.rocbap.survey.project.entity.ModernizationProject;
import org.rocbap.survey.project.entity.ProjectStatus;
import org.rocbap.survey.questionnaire.boundary.ReplySubmitted;
import org.rocbap.survey.questionnaire.entity.Answer;
import org.rocbap.survey.questionnaire.entity.Reply;
import org.rocbap.survey.questionnaire.entity.ReplyAnswers;
import org.rocbap.survey.shared.persistence.Page;
import org.rocbap.survey.shared.persistence.Records;
import org.rocbap.survey.shared.persistence.Slice;
import org.rocbap.survey.shared.rules.ConcurrentChangeException;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.TextRules;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.AccessPolicy;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.boundary.WorkshopService;
import org.rocbap.survey.workshop.control.WorkshopRules;
import org.rocbap.survey.workshop.entity.Workshop;

/** Creating, updating and reading modernization projects. */
@Stateless
@RolesAllowed({Roles.FOCAL_POINT, Roles.MANAGER, Roles.ROCB_STAFF, Roles.ROCB_HEAD})
public class ProjectService {

    private static final String SUBJECT = "ModernizationProject";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callerService;

    @Inject
    private WorkshopService workshopService;

    @Inject
    private AdministrationService administrationService;

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
     * @throws WorkflowException if the administration is unknown, the title or status is missing, a
     *     text is too long or a workshop code is unknown
     */
    public ModernizationProject create(String administration, ProjectDetails details) {
        WorkflowException.throwIfAny(AdministrationRules.check(
                administration, code -> administrationService.find(code).isPresent()));
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
     * A submitted reply whose Q5 is "yes" declares a modernization project: linked to the one it has, or
     * created from the reply's text, inside the reply's transaction.
     */
    public void onReplySubmitted(@Observes ReplySubmitted submitted) {
        Reply reply = submitted.reply();
        ReplyAnswers answers = reply.getAnswers();
        if (answers.getModernization() == Answer.YES) {
            ModernizationProject project = ensureProjectFor(reply, answers.getModernizationText());
            submitted.linkProject(project.getId(), project.getTitle());
        }
    }

    /** The project a reply's Q5 "yes" declared, created from the reply's text if it has none yet. */
    private ModernizationProject ensureProjectFor(Reply reply, String text) {
        Optional<ModernizationProject> existing = em.createNamedQuery(
                        ModernizationProject.FIND_BY_REPLY, ModernizationProject.class)
                .setParameter("reply", reply)
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        ModernizationProject project = startFromReply(reply, text);
        em.flush();
        return project;
    }

    /**
     * Creates the project of a reply's Q5 "yes" for a caller who knows the reply has none yet (the
     * round import, which looked every project of the round up at once), without writing it yet.
     */
    public ModernizationProject startFromReply(Reply reply, String text) {
        String administration = reply.getParticipant().getAdministration();
        AccessPolicy.requireEdit(callerService.current(), administration);
        ModernizationProject project = new ModernizationProject(administration, reply);
        project.describe(
                ProjectRules.titleFrom(text),
                text.strip(),
                null,
                ProjectStatus.PLANNED,
                null,
                Set.of(reply.getParticipant().getWorkshop()));
        em.persist(project);
        audit.record(SUBJECT, project.getId(), administration, "created from reply", Map.of(), project.snapshot());
        return project;
    }

    public ModernizationProject find(Long id) {
        ModernizationProject project = Records.existing(em, ModernizationProject.class, id, "modernization project");
        AccessPolicy.requireVisible(callerService.current(), project.getAdministration(), "modernization project", id);
        return project;
    }

    /** The most projects a questionnaire shows at once, whatever the administration holds. */
    public static final int SHOWN = 20;

    private static final Set<ProjectStatus> OPEN = Set.of(ProjectStatus.PLANNED, ProjectStatus.IN_PROGRESS);

    /**
     * The projects still under way (planned or in progress) that a participant's questionnaire offers
     * for a status update, so that the register stays current round after round.
     *
     * @param shown those that concern the participant (linked to their workshop, or declared in their
     *     reply) or, when searching, those whose title holds the search: at most {@link #SHOWN}, by title
     * @param open how many open projects the administration has in all
     */
    public record OpenProjects(List<ModernizationProject> shown, long open) {}

    /**
     * The open projects of the participant's administration that concern them, or with a non-blank
     * {@code search} those whose title holds it (any case).
     */
    public OpenProjects openProjectsFor(Participant participant, String search) {
        String administration = participant.getAdministration();
        AccessPolicy.requireRead(callerService.current(), administration);
        TypedQuery<ModernizationProject> shown = search == null || search.isBlank()
                ? em.createQuery(
                                "SELECT DISTINCT p FROM ModernizationProject p LEFT JOIN p.workshops w"
                                        + " LEFT JOIN p.reply r WHERE p.administration = :administration"
                                        + " AND p.status IN :open AND (w = :workshop OR r.participant = :participant)"
                                        + " ORDER BY p.title, p.id",
                                ModernizationProject.class)
                        .setParameter("workshop", participant.getWorkshop())
                        .setParameter("participant", participant)
                : em.createQuery(
                                "SELECT p FROM ModernizationProject p WHERE p.administration = :administration"
                                        + " AND p.status IN :open AND LOWER(p.title) LIKE :search ESCAPE '\\'"
                                        + " ORDER BY p.title, p.id",
                                ModernizationProject.class)
                        .setParameter("search", "%" + likeLiteral(search.strip().toLowerCase(Locale.ROOT)) + "%");
        long open = em.createQuery(
                        "SELECT count(p) FROM ModernizationProject p WHERE p.administration = :administration"
                                + " AND p.status IN :open",
                        Long.class)
                .setParameter("administration", administration)
                .setParameter("open", OPEN)
                .getSingleResult();
        return new OpenProjects(
                shown.setParameter("administration", administration)
                        .setParameter("open", OPEN)
                        .setMaxResults(SHOWN)
                        .getResultList(),
                open);
    }

    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Moves a project on (the questionnaire's status update); the rest of it stays as it is. */
    public ModernizationProject updateStatus(Long id, Long loadedVersion, ProjectStatus status) {
        ModernizationProject project = find(id);
        return update(
                id,
                loadedVersion,
                new ProjectDetails(
                        project.getTitle(),
                        project.getDescription(),
                        project.getCategory(),
                        status,
                        project.getStartDate(),
                        project.getWorkshops().stream().map(Workshop::getCode).toList()));
    }

    public List<ModernizationProject> listByAdministration(String administration) {
        return listByAdministration(administration, Slice.ALL).items();
    }

    /** A slice of an administration's projects, by title. */
    public Page<ModernizationProject> listByAdministration(String administration, Slice slice) {
        AccessPolicy.requireRead(callerService.current(), administration);
        return slice.read(
                em.createNamedQuery(ModernizationProject.FIND_BY_ADMINISTRATION, ModernizationProject.class)
                        .setParameter("administration", administration)
                        // Each project shows its workshops: read them for the whole slice at once.
                        .setHint("eclipselink.batch", "p.workshops")
                        .setHint("eclipselink.batch.type", "IN"),
                () -> em.createNamedQuery(ModernizationProject.COUNT_BY_ADMINISTRATION, Long.class)
                        .setParameter("administration", administration)
                        .getSingleResult());
    }

    private void apply(ModernizationProject project, ProjectDetails details) {
        List<RuleViolation> violations = new ArrayList<>(
                ProjectRules.check(details.title(), details.description(), details.category(), details.status()));
        List<String> codes = details.workshopCodes() == null ? List.of() : details.workshopCodes();
        violations.addAll(ProjectRules.checkWorkshopCount(codes.size()));
        Set<Workshop> workshops = new LinkedHashSet<>();
        // Too many codes are refused as such, without a database read for each.
        for (String code : codes.size() > ProjectRules.MAX_WORKSHOPS ? List.<String>of() : codes) {
            if (code == null || code.isBlank()) {
                // An empty entry names no workshop; saying "there is no workshop null" would puzzle.
                continue;
            }
            Optional<Workshop> workshop =
                    WorkshopRules.isCode(code) ? workshopService.find(code.strip()) : Optional.empty();
            workshop.ifPresentOrElse(
                    workshops::add,
                    () -> violations.add(RuleViolation.of("workshops", "project.workshopUnknown", code)));
        }
        WorkflowException.throwIfAny(violations);
        project.describe(
                details.title().strip(),
                details.description(),
                TextRules.strip(details.category()),
                details.status(),
                details.startDate(),
                workshops);
    }
}
