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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rocbap.survey.audit.boundary.AuditTrail;
import org.rocbap.survey.publication.entity.ReportPart;
import org.rocbap.survey.publication.entity.ReportText;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.TextRules;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.entity.FiscalYear;

/**
 * The head's own texts of a round's report (foreword, observations per chapter, conclusions), kept as
 * numbered drafts: saving never overwrites, so an earlier wording can always be read again.
 */
@Stateless
@RolesAllowed({Roles.ROCB_STAFF, Roles.ROCB_HEAD})
public class ReportTextService {

    /** A report's text may run to a few pages. */
    static final int MAX_LENGTH = 4 * TextRules.FREE_TEXT;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callerService;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * Saves a new draft of one part; the same text as the latest draft saves nothing.
     *
     * @throws WorkflowException if the part is missing or the text is too long
     */
    @RolesAllowed(Roles.ROCB_HEAD)
    public ReportText save(String fiscalYear, ReportPart part, String body) {
        String year = FiscalYear.parseOrRefuse(fiscalYear).label();
        List<RuleViolation> violations = new ArrayList<>();
        if (part == null) {
            violations.add(RuleViolation.of("part", "reportText.partRequired"));
        }
        TextRules.check(violations, "body", body, MAX_LENGTH);
        WorkflowException.throwIfAny(violations);
        String text = body == null ? "" : body.strip();
        List<ReportText> drafts = drafts(year, part);
        if (!drafts.isEmpty() && drafts.get(0).getBody().equals(text)) {
            return drafts.get(0);
        }
        ReportText draft = new ReportText(
                year,
                part,
                drafts.isEmpty() ? 1 : drafts.get(0).getDraft() + 1,
                text,
                callerService.current().username(),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
        em.persist(draft);
        em.flush();
        audit.record(
                "ReportText",
                draft.getId(),
                null,
                "draft " + draft.getDraft(),
                Map.of(),
                Map.of("part", part, "fiscalYear", year));
        return draft;
    }

    /** The latest draft of each part that has one. */
    public Map<ReportPart, ReportText> latest(String fiscalYear) {
        Map<ReportPart, ReportText> latest = new EnumMap<>(ReportPart.class);
        all(FiscalYear.parseOrRefuse(fiscalYear).label()).forEach(t -> latest.putIfAbsent(t.getPart(), t));
        return latest;
    }

    /** Every draft of one part, the latest first. */
    public List<ReportText> drafts(String fiscalYear, ReportPart part) {
        return all(FiscalYear.parseOrRefuse(fiscalYear).label()).stream()
                .filter(t -> t.getPart() == part)
                .toList();
    }

    private List<ReportText> all(String year) {
        return em.createNamedQuery(ReportText.DRAFTS, ReportText.class)
                .setParameter("fiscalYear", year)
                .getResultList();
    }
}
