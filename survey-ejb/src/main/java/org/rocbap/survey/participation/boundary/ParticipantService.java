package org.rocbap.survey.participation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rocbap.survey.administration.boundary.AdministrationService;
import org.rocbap.survey.audit.boundary.AuditTrail;
import org.rocbap.survey.participation.control.ParticipantRules;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.preference.entity.Languages;
import org.rocbap.survey.shared.persistence.Page;
import org.rocbap.survey.shared.persistence.Records;
import org.rocbap.survey.shared.persistence.Slice;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.AccessPolicy;
import org.rocbap.survey.shared.security.AccessRefusedException;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.boundary.WorkshopService;
import org.rocbap.survey.workshop.entity.Workshop;

/** Who took part in which workshop. ROCB A/P staff manage participants; others read their own. */
@Stateless
@RolesAllowed({Roles.FOCAL_POINT, Roles.MANAGER, Roles.ROCB_STAFF, Roles.ROCB_HEAD})
public class ParticipantService {

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

    /** One participant as read from a spreadsheet row. */
    public record ParticipantRow(int row, String administration, String name, String email) {}

    /**
     * Adds every participant of a spreadsheet to a workshop, all or none: a file with any bad row is
     * refused whole, with each problem named by its row.
     *
     * @throws WorkflowException with every problem found, each field named {@code rows/N/field}
     */
    public List<Participant> importParticipants(String workshopCode, List<ParticipantRow> rows) {
        AccessPolicy.requireWorkshopManagement(callerService.current());
        Workshop workshop = workshopService.findByCode(workshopCode);
        if (rows.isEmpty()) {
            throw new WorkflowException(RuleViolation.of(null, "import.nothing"));
        }
        List<RuleViolation> violations = new ArrayList<>();
        Map<String, Integer> firstRowOfEmail = new HashMap<>();
        for (ParticipantRow row : rows) {
            for (RuleViolation v : check(workshop, row.administration(), row.name(), row.email())) {
                violations.add(new RuleViolation(
                        "rows/" + row.row() + "/" + v.field(), "import.row", List.of(row.row(), v.message())));
            }
            String email = Participant.normalise(row.email());
            if (email != null && firstRowOfEmail.putIfAbsent(email, row.row()) != null) {
                violations.add(
                        RuleViolation.of("rows/" + row.row() + "/email", "import.duplicateInFile", row.row(), email));
            }
        }
        WorkflowException.throwIfAny(violations);
        List<Participant> added = new ArrayList<>();
        for (ParticipantRow row : rows) {
            Participant participant =
                    new Participant(workshop, row.administration().strip(), row.name(), row.email());
            em.persist(participant);
            added.add(participant);
        }
        em.flush();
        for (Participant participant : added) {
            audit.record(
                    "Participant",
                    participant.getId(),
                    participant.getAdministration(),
                    "imported",
                    Map.of(),
                    participant.snapshot());
        }
        return added;
    }

    /** Every participant of a workshop, for the ROCB A/P. */
    public List<Participant> listAllOfWorkshop(String workshopCode) {
        return listAllOfWorkshop(workshopCode, Slice.ALL).items();
    }

    /** A slice of the participants of a workshop, for the ROCB A/P. */
    public Page<Participant> listAllOfWorkshop(String workshopCode, Slice slice) {
        if (!callerService.current().seesAllAdministrations()) {
            throw new AccessRefusedException("Only the ROCB A/P sees the participants of every administration.");
        }
        return slice.read(
                em.createNamedQuery(Participant.FIND_BY_WORKSHOP, Participant.class)
                        .setParameter("workshop", workshopCode),
                () -> em.createNamedQuery(Participant.COUNT_BY_WORKSHOP, Long.class)
                        .setParameter("workshop", workshopCode)
                        .getSingleResult());
    }

    /**
     * Adds a participant to a workshop.
     *
     * @param language the language of their mail, {@code en} or {@code fr}; {@code null} for English
     * @throws WorkflowException if the administration is unknown, a name or a valid e-mail is missing,
     *     the e-mail is already a participant of that workshop, or the language is not one the mail is
     *     written in
     */
    public Participant addParticipant(
            String workshopCode, String administration, String name, String email, String language) {
        AccessPolicy.requireWorkshopManagement(callerService.current());
        Workshop workshop = workshopService.findByCode(workshopCode);
        List<RuleViolation> violations = check(workshop, administration, name, email);
        if (language != null && !Languages.SUPPORTED.contains(language)) {
            violations.add(RuleViolation.of("language", "participant.languageUnknown", language, Languages.SUPPORTED));
        }
        WorkflowException.throwIfAny(violations);
        Participant participant = new Participant(workshop, administration, name, email);
        if (language != null) {
            participant.speak(language);
        }
        em.persist(participant);
        em.flush();
        audit.record(
                "Participant",
                participant.getId(),
                participant.getAdministration(),
                "added",
                Map.of(),
                participant.snapshot());
        return participant;
    }

    private List<RuleViolation> check(Workshop workshop, String administration, String name, String email) {
        List<RuleViolation> violations = new ArrayList<>(ParticipantRules.check(
                administration,
                name,
                email,
                code -> administrationService.find(code).isPresent()));
        boolean emailValid = violations.stream().noneMatch(v -> "email".equals(v.field()));
        if (emailValid
                && em.createNamedQuery(Participant.COUNT_BY_EMAIL, Long.class)
                                .setParameter("workshop", workshop)
                                .setParameter("email", Participant.normalise(email))
                                .getSingleResult()
                        > 0) {
            violations.add(ParticipantRules.emailTaken(email, workshop.getCode()));
        }
        return violations;
    }

    /** A slice of the participants of one administration in one workshop. */
    public Page<Participant> listParticipants(String workshopCode, String administration, Slice slice) {
        AccessPolicy.requireRead(callerService.current(), administration);
        return slice.read(
                em.createNamedQuery(Participant.FIND_BY_WORKSHOP_AND_ADMINISTRATION, Participant.class)
                        .setParameter("workshop", workshopCode)
                        .setParameter("administration", administration),
                () -> em.createNamedQuery(Participant.COUNT_BY_WORKSHOP_AND_ADMINISTRATION, Long.class)
                        .setParameter("workshop", workshopCode)
                        .setParameter("administration", administration)
                        .getSingleResult());
    }

    /** Every participant of an administration, latest workshop first. */
    public List<Participant> listByAdministration(String administration) {
        AccessPolicy.requireRead(callerService.current(), administration);
        return em.createNamedQuery(Participant.FIND_BY_ADMINISTRATION, Participant.class)
                .setParameter("administration", administration)
                .getResultList();
    }

    /** A participant the caller may read. */
    public Participant find(Long id) {
        Participant participant = Records.existing(em, Participant.class, id, "participant");
        AccessPolicy.requireVisible(callerService.current(), participant.getAdministration(), "participant", id);
        return participant;
    }

    /** A participant whose follow-up records the caller may change. */
    public Participant findForEdit(Long id) {
        Participant participant = find(id);
        AccessPolicy.requireEdit(callerService.current(), participant.getAdministration());
        return participant;
    }
}
