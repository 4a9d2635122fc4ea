package org.rocbap.survey.administration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.rocbap.survey.administration.entity.Administration;
import org.rocbap.survey.shared.security.Roles;

/** Reads the member administrations. Every signed-in role may read them: they are public facts. */
@Stateless
@RolesAllowed({Roles.FOCAL_POINT, Roles.MANAGER, Roles.ROCB_STAFF, Roles.ROCB_HEAD})
public class AdministrationService {

    @PersistenceContext
    private EntityManager em;

    /** All administrations, by name. */
    public List<Administration> listAll() {
        return em.createNamedQuery(Administration.FIND_ALL, Administration.class)
                .getResultList();
    }

    /** The administration with that ISO 3166-1 alpha-3 code, if it is a member. */
    public Optional<Administration> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Administration.class, code));
    }
}
