package org.rocbap.survey.publication.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rocbap.survey.audit.boundary.AuditTrail;
import org.rocbap.survey.publication.entity.ExampleSource;
import org.rocbap.survey.shared.persistence.Records;
import org.rocbap.survey.shared.rules.ConcurrentChangeException;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.TextRules;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.AccessPolicy;
import org.rocbap.survey.shared.security.Caller;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;

/**
 * An administration's consent to being quoted in the report: its focal point sees the exact wording
 * and approves or declines it. Only approved wordings are printed.
 */
@Stateless
@RolesAllowed(Roles.FOCAL_POINT)
public class ConsentService {

    private static final String SUBJECT = "ExampleConsent";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callerService;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The requests waiting for the caller's administration. */
    public List<ExampleSource> pending() {
        return em.createNamedQuery(ExampleSource.PENDING_FOR, ExampleSource.class)
                .setParameter("administration", callerService.current().administration())
                .getResultList();
    }

    /**
     * Approves or declines the wording the example has now.
     *
     * @param loadedVersion the version of the example whose wording the focal point read: a wording
     *     changed since is refused, so that no one approves words they have not seen
     * @throws WorkflowException if the comment is too long, or a decline has no comment
     */
    public ExampleSource decide(Long sourceId, Long loadedVersion, boolean approve, String comment) {
        Caller caller = callerService.current();
        ExampleSource source = Records.existing(em, ExampleSource.class, sourceId, "consent request");
        // Another administration's request answers as one that does not exist.
        AccessPolicy.requireVisible(caller, source.getAdministration(), "consent request", sourceId);
        AccessPolicy.requireEdit(caller, source.getAdministration());
        ConcurrentChangeException.check(
                "example", loadedVersion, source.getExample().getVersion());
        List<RuleViolation> violations = new ArrayList<>();
        if (approve) {
            TextRules.check(violations, "comment", comment, TextRules.FREE_TEXT / 10);
        } else {
            TextRules.required(violations, "comment", comment, TextRules.FREE_TEXT / 10, "consent.commentRequired");
        }
        WorkflowException.throwIfAny(violations);
        Map<String, Object> before = source.snapshot();
        source.decide(
                approve,
                comment == null || comment.isBlank() ? null : comment.strip(),
                caller.username(),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
        em.flush();
        audit.record(
                SUBJECT,
                source.getId(),
                source.getAdministration(),
                approve ? "approved" : "declined",
                before,
                source.snapshot());
        return source;
    }
}
