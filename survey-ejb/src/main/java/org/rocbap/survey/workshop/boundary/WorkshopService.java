package org.rocbap.survey.workshop.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rocbap.survey.audit.boundary.AuditTrail;
import org.rocbap.survey.shared.persistence.Page;
import org.rocbap.survey.shared.persistence.Slice;
import org.rocbap.survey.shared.rules.ConcurrentChangeException;
import org.rocbap.survey.shared.rules.NotFoundException;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.TextRules;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.AccessPolicy;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.control.WorkshopRules;
import org.rocbap.survey.workshop.entity.DatePrecision;
import org.rocbap.survey.workshop.entity.FiscalYear;
import org.rocbap.survey.workshop.entity.Workshop;

/**
 * The regional workshops. Every role may read them (they are public within the region); ROCB A/P
 * staff create and change them.
 */
@Stateless
@RolesAllowed({Roles.FOCAL_POINT, Roles.MANAGER, Roles.ROCB_STAFF, Roles.ROCB_HEAD})
public class WorkshopService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callerService;

    @Inject
    private AuditTrail audit;

    /** What a workshop says about itself. */
    public record WorkshopDetails(
            String code,
            String title,
            String fiscalYear,
            LocalDate startDate,
            LocalDate endDate,
            String venue,
            boolean accreditation) {}

    /**
     * A saved workshop, with what staff should check (dates outside the fiscal year are kept, as the
     * source may be right about the dates and wrong about the year, or the other way round).
     */
    public record SavedWorkshop(Workshop workshop, List<RuleViolation> notices) {}

    /**
     * Creates a workshop.
     *
     * @throws WorkflowException if the code is malformed or taken, the title or a date is missing, the
     *     dates are in the wrong order, or the fiscal year is not written like 2017/18
     */
    public SavedWorkshop createWorkshop(WorkshopDetails details) {
        AccessPolicy.requireWorkshopManagement(callerService.current());
        List<RuleViolation> violations = check(details);
        if (WorkshopRules.isCode(details.code()) && find(details.code().strip()).isPresent()) {
            violations.add(RuleViolation.of(
                    "code", "workshop.codeTaken", details.code().strip()));
        }
        WorkflowException.throwIfAny(violations);
        Workshop workshop = new Workshop(
                details.code().strip(),
                details.title().strip(),
                FiscalYear.parse(details.fiscalYear()),
                details.startDate(),
                details.endDate(),
                DatePrecision.DAY,
                TextRules.strip(details.venue()),
                details.accreditation());
        em.persist(workshop);
        em.flush();
        audit.record("Workshop", workshop.getId(), null, "created", Map.of(), workshop.snapshot());
        return new SavedWorkshop(workshop, notices(workshop));
    }

    /**
     * Changes a workshop (its code stays).
     *
     * @throws ConcurrentChangeException if someone saved it after {@code loadedVersion}
     */
    public SavedWorkshop updateWorkshop(String code, Long loadedVersion, WorkshopDetails details) {
        AccessPolicy.requireWorkshopManagement(callerService.current());
        Workshop workshop = findByCode(code);
        ConcurrentChangeException.check("workshop", loadedVersion, workshop.getVersion());
        List<RuleViolation> violations = check(new WorkshopDetails(
                code,
                details.title(),
                details.fiscalYear(),
                details.startDate(),
                details.endDate(),
                details.venue(),
                details.accreditation()));
        WorkflowException.throwIfAny(violations);
        Map<String, Object> before = workshop.snapshot();
        workshop.describe(
                details.title().strip(),
                FiscalYear.parse(details.fiscalYear()),
                details.startDate(),
                details.endDate(),
                DatePrecision.DAY,
                TextRules.strip(details.venue()),
                details.accreditation());
        em.flush();
        audit.record("Workshop", workshop.getId(), null, "changed", before, workshop.snapshot());
        return new SavedWorkshop(workshop, notices(workshop));
    }

    private static List<RuleViolation> check(WorkshopDetails d) {
        List<RuleViolation> violations =
                new ArrayList<>(WorkshopRules.check(d.code(), d.title(), d.startDate(), d.endDate(), d.venue()));
        violations.addAll(WorkshopRules.fiscalYear(d.fiscalYear()));
        return violations;
    }

    private static List<RuleViolation> notices(Workshop workshop) {
        return workshop.isOutsideFiscalYear()
                ? List.of(RuleViolation.of(
                        "startDate",
                        "workshop.outsideFiscalYear",
                        workshop.getFiscalYear().label(),
                        workshop.getFiscalYear().firstDay(),
                        workshop.getFiscalYear().lastDay()))
                : List.of();
    }

    /** The fiscal years that have workshops, latest first (written 2016/17). */
    public List<String> fiscalYears() {
        return em.createQuery("SELECT DISTINCT w.fiscalYear FROM Workshop w ORDER BY w.fiscalYear DESC", String.class)
                .getResultList();
    }

    /** Every workshop, the latest fiscal year first. */
    public List<Workshop> listAll() {
        return list(null, Slice.ALL).items();
    }

    /** A slice of the workshops of one fiscal year, or of all of them when {@code year} is {@code null}. */
    public Page<Workshop> list(FiscalYear year, Slice slice) {
        if (year == null) {
            return slice.read(
                    em.createNamedQuery(Workshop.FIND_ALL, Workshop.class),
                    () -> em.createNamedQuery(Workshop.COUNT_ALL, Long.class).getSingleResult());
        }
        return slice.read(
                em.createNamedQuery(Workshop.FIND_BY_FISCAL_YEAR, Workshop.class)
                        .setParameter("fiscalYear", year.label()),
                () -> em.createNamedQuery(Workshop.COUNT_BY_FISCAL_YEAR, Long.class)
                        .setParameter("fiscalYear", year.label())
                        .getSingleResult());
    }

    /**
     * The workshop with that code.
     *
     * @throws NotFoundException if there is none
     */
    public Workshop findByCode(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("workshop", code));
    }

    /** The workshop with that code, if any (no exception, so the caller's transaction stays usable). */
    public Optional<Workshop> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Workshop.FIND_BY_CODE, Workshop.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }
}
