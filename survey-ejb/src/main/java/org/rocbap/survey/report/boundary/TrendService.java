package org.rocbap.survey.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rocbap.survey.administration.boundary.AdministrationService;
import org.rocbap.survey.audit.boundary.AuditTrail;
import org.rocbap.survey.report.control.PublishedRoundRules;
import org.rocbap.survey.report.control.ReportCache;
import org.rocbap.survey.report.entity.PublishedRound;
import org.rocbap.survey.report.entity.RoundSummary;
import org.rocbap.survey.report.entity.TrendPoint;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.AccessPolicy;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.entity.FiscalYear;

/**
 * The rounds side by side: reply rate, direct effects and in-house adopters per fiscal year, counted
 * from the recorded replies where there are any, and taken from the published reports for the rounds
 * before them.
 */
@Stateless
@RolesAllowed({Roles.ROCB_STAFF, Roles.ROCB_HEAD})
public class TrendService {

    // Each figure for every year in one grouped query, so that the trend costs the same few queries
    // however many years there are.
    private static final String IN_HOUSE_ADMINISTRATIONS = "SELECT w.fiscalYear, COUNT(DISTINCT i.administration)"
            + " FROM InHouseWorkshop i JOIN i.regionalWorkshop w GROUP BY w.fiscalYear";

    private static final String IN_HOUSE_ATTENDEES =
            "SELECT w.fiscalYear, SUM(i.attendees) FROM InHouseWorkshop i JOIN i.regionalWorkshop w GROUP BY w.fiscalYear";

    private static final String PARTICIPANTS =
            "SELECT w.fiscalYear, COUNT(p) FROM Participant p JOIN p.workshop w GROUP BY w.fiscalYear";

    private static final String COLLEAGUES_LEARNED = "SELECT w.fiscalYear, SUM(r.answers.colleaguesLearned)"
            + " FROM Reply r JOIN r.participant p JOIN p.workshop w"
            + " WHERE r.status = org.rocbap.survey.questionnaire.entity.ReplyStatus.SUBMITTED GROUP BY w.fiscalYear";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RoundReportService reports;

    @Inject
    private AdministrationService administrations;

    @Inject
    private CallerService callerService;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private ReportCache cache;

    /** The published figures a Good Practice Report gave for a round (rates as fractions: 0.47). */
    public record PublishedFigures(
            BigDecimal replyRate, BigDecimal directEffectsShare, Integer inHouseAdministrations, String source) {}

    /**
     * Records (or corrects) the published figures of a past round.
     *
     * @throws WorkflowException if the year is not one, or a rate is not between 0 and 1
     */
    @RolesAllowed(Roles.ROCB_STAFF)
    public PublishedRound publish(String fiscalYear, PublishedFigures figures) {
        AccessPolicy.requireWorkshopManagement(callerService.current());
        FiscalYear year = FiscalYear.parseOrRefuse(fiscalYear);
        WorkflowException.throwIfAny(PublishedRoundRules.check(
                figures.replyRate(),
                figures.directEffectsShare(),
                figures.inHouseAdministrations(),
                figures.source(),
                administrations.listAll().size()));
        PublishedRound round = em.find(PublishedRound.class, year.label());
        Map<String, Object> before = round == null ? Map.of() : round.snapshot();
        if (round == null) {
            round = new PublishedRound(year);
            em.persist(round);
        }
        round.publish(
                figures.replyRate(),
                figures.directEffectsShare(),
                figures.inHouseAdministrations(),
                figures.source() == null ? null : figures.source().strip(),
                callerService.current().username(),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
        em.flush();
        // A round is known by its fiscal year; the trail keys it by the year it starts.
        audit.record(
                "PublishedRound",
                (long) year.startYear(),
                null,
                before.isEmpty() ? "published" : "corrected",
                before,
                round.snapshot());
        return round;
    }

    /** Every fiscal year with recorded replies or published figures, oldest first. */
    public List<TrendPoint> trend() {
        return cache.get("trend", this::computeTrend);
    }

    private List<TrendPoint> computeTrend() {
        Map<String, TrendPoint> points = new TreeMap<>();
        for (PublishedRound p : em.createNamedQuery(PublishedRound.FIND_ALL, PublishedRound.class)
                .getResultList()) {
            points.put(
                    p.getFiscalYear().label(),
                    new TrendPoint(
                            p.getFiscalYear().label(),
                            p.getReplyRate().doubleValue(),
                            p.getDirectEffectsShare() == null
                                    ? null
                                    : p.getDirectEffectsShare().doubleValue(),
                            p.getInHouseAdministrations(),
                            null,
                            true));
        }
        // Counted figures take the place of published ones for a year whose replies are recorded.
        Map<String, Long> inHouse = perYear(IN_HOUSE_ADMINISTRATIONS);
        Map<String, Long> participants = perYear(PARTICIPANTS);
        Map<String, Long> learned = perYear(COLLEAGUES_LEARNED);
        Map<String, Long> attendees = perYear(IN_HOUSE_ATTENDEES);
        reports.summaries().forEach((year, summary) -> {
            RoundSummary.Totals totals = summary.totals();
            if (totals.replies() == 0) {
                return;
            }
            long sent = participants.getOrDefault(year, 0L);
            Double multiplier = sent == 0
                    ? null
                    : (double) (learned.getOrDefault(year, 0L) + attendees.getOrDefault(year, 0L)) / sent;
            Double directEffects = totals.replyingAdministrations() == 0
                    ? null
                    : BigDecimal.valueOf(totals.directEffects().yes())
                            .divide(BigDecimal.valueOf(totals.replyingAdministrations()), 4, RoundingMode.HALF_UP)
                            .doubleValue();
            points.put(
                    year,
                    new TrendPoint(
                            year,
                            totals.replyRate(),
                            directEffects,
                            inHouse.getOrDefault(year, 0L).intValue(),
                            multiplier,
                            false));
        });
        return List.copyOf(points.values());
    }

    /** A grouped query's figures by fiscal year; a year without rows is not in the map. */
    private Map<String, Long> perYear(String query) {
        Map<String, Long> figures = new HashMap<>();
        for (Object[] row : em.createQuery(query, Object[].class).getResultList()) {
            figures.put((String) row[0], row[1] == null ? 0L : ((Number) row[1]).longValue());
        }
        return figures;
    }
}
