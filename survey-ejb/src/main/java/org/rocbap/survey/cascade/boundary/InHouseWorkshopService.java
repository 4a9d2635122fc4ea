package org.rocbap.survey.cascade.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rocbap.survey.audit.boundary.AuditTrail;
import org.rocbap.survey.cascade.entity.InHouseWorkshop;
import org.rocbap.survey.shared.persistence.Records;
import org.rocbap.survey.shared.rules.RuleViolation;
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

    /** More attendees than this at one in-house workshop is taken for a typing error. */
    public static final int MAX_ATTENDEES = 5_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callerService;

    @Inject
    private WorkshopService workshopService;

    @Inject
    private AuditTrail audit;

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
        AccessPolicy.requireEdit(callerService.current(), administration);
        Workshop regional = workshopService.findByCode(regionalWorkshopCode);
        List<RuleViolation> violations = new ArrayList<>();
        if (title == null || title.isBlank()) {
            violations.add(RuleViolation.of("title", "inHouse.titleMissing"));
        }
        if (heldOn == null) {
            violations.add(RuleViolation.of("date", "inHouse.dateMissing"));
        } else if (!heldOn.isAfter(regional.getEndDate())) {
            violations.add(RuleViolation.of(
                    "date", "inHouse.dateBeforeRegional", heldOn, regional.getCode(), regional.getEndDate()));
        } else if (heldOn.isAfter(LocalDate.now())) {
            violations.add(RuleViolation.of("date", "inHouse.dateInFuture", heldOn));
        }
        if (attendees == null) {
            violations.add(RuleViolation.of("attendees", "inHouse.attendeesMissing"));
        } else if (attendees < 0) {
            violations.add(RuleViolation.of("attendees", "number.negative", attendees));
        } else if (attendees > MAX_ATTENDEES) {
            violations.add(RuleViolation.of("attendees", "number.implausible", attendees, MAX_ATTENDEES));
        }
        WorkflowException.throwIfAny(violations);
        InHouseWorkshop workshop =
                new InHouseWorkshop(administration, regional, heldOn, title.strip(), attendees, organiser, materials);
        em.persist(workshop);
        em.flush();
        audit.record("InHouseWorkshop", workshop.getId(), administration, "recorded", Map.of(), snapshot(workshop));
        return workshop;
    }

    /** The in-house workshops of an administration, latest first. */
    public List<InHouseWorkshop> listByAdministration(String administration) {
        AccessPolicy.requireRead(callerService.current(), administration);
        return em.createNamedQuery(InHouseWorkshop.FIND_BY_ADMINISTRATION, InHouseWorkshop.class)
                .setParameter("administration", administration)
                .getResultList();
    }

    public InHouseWorkshop find(Long id) {
        InHouseWorkshop workshop = Records.existing(em, InHouseWorkshop.class, id, "in-house workshop");
        AccessPolicy.requireRead(callerService.current(), workshop.getAdministration());
        return workshop;
    }

    private static Map<String, Object> snapshot(InHouseWorkshop w) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("regionalWorkshop", w.getRegionalWorkshop().getCode());
        fields.put("heldOn", w.getHeldOn());
        fields.put("title", w.getTitle());
        fields.put("attendees", w.getAttendees());
        fields.put("organiser", w.getOrganiser());
        fields.put("materials", w.getMaterials());
        return fields;
    }
}
