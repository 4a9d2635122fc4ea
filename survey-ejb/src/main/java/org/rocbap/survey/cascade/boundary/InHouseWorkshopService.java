package org.rocbap.survey.cascade.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rocbap.survey.administration.boundary.AdministrationService;
import org.rocbap.survey.administration.control.AdministrationRules;
import org.rocbap.survey.audit.boundary.AuditTrail;
import org.rocbap.survey.cascade.control.InHouseWorkshopRules;
import org.rocbap.survey.cascade.entity.InHouseWorkshop;
import org.rocbap.survey.shared.persistence.Page;
import org.rocbap.survey.shared.persistence.Records;
import org.rocbap.survey.shared.persistence.Slice;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.TextRules;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.AccessPolicy;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.boundary.WorkshopService;
import org.rocbap.survey.workshop.entity.Workshop;

/** Recording the in-house (cascade) workshops an administration held. */
@Stateless
@RolesAllowed({Roles.FOCAL_POINT, Roles.MANAGER, Roles.ROCB_STAFF, Roles.ROCB_HEAD})
public class InHouseWorkshopService {

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

    @Inject
    private Clock clock;

    /**
     * Records an in-house workshop.
     *
     * @throws WorkflowException if the title or date is missing, the date is not after the regional
     *     workshop, or the number of attendees is negative or implausible
     */
    public InHouseWorkshop record(
            String administration,
            String regionalWorkshopCode,
            LocalDate heldOn,
            String title,
            Integer attendees,
            String organiser,
            String materials) {
        WorkflowException.throwIfAny(AdministrationRules.check(
                administration, code -> administrationService.find(code).isPresent()));
        AccessPolicy.requireEdit(callerService.current(), administration);
        Workshop regional = workshopService.findByCode(regionalWorkshopCode);
        List<RuleViolation> violations = InHouseWorkshopRules.check(
                regional.getCode(),
                regional.getEndDate(),
                heldOn,
                title,
                attendees,
                organiser,
                materials,
                LocalDate.now(clock));
        WorkflowException.throwIfAny(violations);
        InHouseWorkshop workshop = new InHouseWorkshop(
                administration, regional, heldOn, title.strip(), attendees, TextRules.strip(organiser), materials);
        em.persist(workshop);
        em.flush();
        audit.record("InHouseWorkshop", workshop.getId(), administration, "recorded", Map.of(), workshop.snapshot());
        return workshop;
    }

    /** A slice of the in-house workshops of an administration, latest first. */
    public Page<InHouseWorkshop> listByAdministration(String administration, Slice slice) {
        AccessPolicy.requireRead(callerService.current(), administration);
        return slice.read(
                em.createNamedQuery(InHouseWorkshop.FIND_BY_ADMINISTRATION, InHouseWorkshop.class)
                        .setParameter("administration", administration),
                () -> em.createNamedQuery(InHouseWorkshop.COUNT_BY_ADMINISTRATION, Long.class)
                        .setParameter("administration", administration)
                        .getSingleResult());
    }

    public InHouseWorkshop find(Long id) {
        InHouseWorkshop workshop = Records.existing(em, InHouseWorkshop.class, id, "in-house workshop");
        AccessPolicy.requireVisible(callerService.current(), workshop.getAdministration(), "in-house workshop", id);
        return workshop;
    }
}
