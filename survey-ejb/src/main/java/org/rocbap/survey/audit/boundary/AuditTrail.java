package org.rocbap.survey.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.rocbap.survey.audit.entity.AuditEntry;
import org.rocbap.survey.shared.security.Caller;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;

/**
 * Writes the audit trail inside the caller's transaction (a change and its entry commit or roll back
 * together) and shows it to ROCB A/P staff.
 */
@Stateless
public class AuditTrail {

    private static final int MAX_REFUSAL = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callerService;

    @Inject
    private Clock clock;

    /**
     * Records what changed: the fields whose values differ between {@code before} and {@code after}
     * (an empty {@code before} for a new record). Nothing is recorded when nothing changed.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @RolesAllowed({Roles.FOCAL_POINT, Roles.MANAGER, Roles.ROCB_STAFF, Roles.ROCB_HEAD})
    public void record(
            String subject,
            Long subjectId,
            String administration,
            String action,
            Map<String, ?> before,
            Map<String, ?> after) {
        String changes = differences(before, after);
        if (changes.isEmpty() && !before.isEmpty()) {
            // Saving a record as it was changes nothing; an entry saying "changed" would mislead.
            return;
        }
        Caller caller = callerService.current();
        em.persist(new AuditEntry(
                OffsetDateTime.now(clock), caller.username(), administration, subject, subjectId, action, changes));
    }

    /**
     * Records a refused access (a forbidden operation, another administration's record) in a
     * transaction of its own, since the caller's rolls back with the refusal.
     *
     * @param what the operation asked for, e.g. "PUT /projects/12"
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @PermitAll
    public void refusal(String what, String reason) {
        Caller caller = callerService.current();
        String changes = (what + ": " + reason).replaceAll("\\p{Cntrl}", " ");
        em.persist(new AuditEntry(
                OffsetDateTime.now(clock),
                caller.username(),
                caller.administration(),
                "Refusal",
                null,
                "refused",
                changes.length() > MAX_REFUSAL ? changes.substring(0, MAX_REFUSAL) : changes));
    }

    static String differences(Map<String, ?> before, Map<String, ?> after) {
        Map<String, String> changed = new TreeMap<>();
        for (Map.Entry<String, ?> field : after.entrySet()) {
            Object old = before.get(field.getKey());
            if (!Objects.equals(old, field.getValue())) {
                changed.put(field.getKey(), (old == null ? "" : old + " -> ") + field.getValue());
            }
        }
        return changed.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    /** The latest changes, newest first. */
    @RolesAllowed(Roles.ROCB_STAFF)
    public List<AuditEntry> latest(int max) {
        return em.createNamedQuery(AuditEntry.LATEST, AuditEntry.class)
                .setMaxResults(max)
                .getResultList();
    }
}
