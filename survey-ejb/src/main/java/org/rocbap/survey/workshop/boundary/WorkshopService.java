package org.rocbap.survey.workshop.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.rocbap.survey.shared.rules.NotFoundException;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.entity.FiscalYear;
import org.rocbap.survey.workshop.entity.Workshop;

/** Reads the regional workshops. Workshops are public within the region: every role may list them. */
@Stateless
@RolesAllowed({Roles.FOCAL_POINT, Roles.MANAGER, Roles.ROCB_STAFF, Roles.ROCB_HEAD})
public class WorkshopService {

    @PersistenceContext
    private EntityManager em;

    /** Every workshop, the latest fiscal year first. */
    public List<Workshop> listAll() {
        return em.createNamedQuery(Workshop.FIND_ALL, Workshop.class).getResultList();
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
        return em.createNamedQuery(Workshop.FIND_BY_CODE, Workshop.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** The workshops of one fiscal year, by code. */
    public List<Workshop> listByFiscalYear(FiscalYear year) {
        return em.createNamedQuery(Workshop.FIND_BY_FISCAL_YEAR, Workshop.class)
                .setParameter("fiscalYear", year.label())
                .getResultList();
    }
}
