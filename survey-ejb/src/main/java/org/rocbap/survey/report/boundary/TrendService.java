package org.rocbap.survey.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rocbap.survey.administration.boundary.AdministrationService;
import org.rocbap.survey.audit.boundary.AuditTrail;
import org.rocbap.survey.report.control.PublishedRoundRules;
import org.rocbap.survey.report.control.RoundSummary;
import org.rocbap.survey.report.entity.PublishedRound;
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

    private static final String YEARS_WITH_REPLIES = "SELECT DISTINCT w.fiscalYear FROM Reply r JOIN r.participant p"
            + " JOIN p.workshop w WHERE r.status = org.rocbap.survey.questionnaire.entity.ReplyStatus.SUBMITTED";

    private static final String IN_HOUSE_ADMINISTRATIONS = "SELECT COUNT(DISTINCT i.administration)"
            + " FROM InHouseWorkshop i WHERE i.regionalWorkshop.fiscalYear = :fiscalYear";

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
        for (String year : em.createQuery(YEARS_WITH_REPLIES, String.class).getResultList()) {
            points.put(year, counted(year));
        }
        return List.copyOf(points.values());
    }

    /** The year's cascade multiplier: colleagues reached (who learned, in-house attendees) per participant. */
    private Double multiplier(String fiscalYear) {
        long participants = em.createQuery(
                        "SELECT COUNT(p) FROM Participant p WHERE p.workshop.fiscalYear = :fiscalYear", Long.class)
                .setParameter("fiscalYear", fiscalYear)
                .getSingleResult();
        if (participants == 0) {
            return null;
        }
        Number learned = em.createQuery(
                        "SELECT SUM(r.answers.colleaguesLearned) FROM Reply r WHERE r.participant.workshop.fiscalYear"
                                + " = :fiscalYear AND r.status = org.rocbap.survey.questionnaire.entity.ReplyStatus.SUBMITTED",
                        Number.class)
                .setParameter("fiscalYear", fiscalYear)
                .getSingleResult();
        Number attendees = em.createQuery(
                        "SELECT SUM(i.attendees) FROM InHouseWorkshop i WHERE i.regionalWorkshop.fiscalYear = :fiscalYear",
                        Number.class)
                .setParameter("fiscalYear", fiscalYear)
                .getSingleResult();
        long reached = (learned == null ? 0 : learned.longValue()) + (attendees == null ? 0 : attendees.longValue());
        return (double) reached / participants;
    }

    private TrendPoint counted(String fiscalYear) {
        RoundSummary.Totals totals = reports.summary(fiscalYear).totals();
        long inHouse = em.createQuery(IN_HOUSE_ADMINISTRATIONS, Long.class)
                .setParameter("fiscalYear", fiscalYear)
                .getSingleResult();
        Double directEffects = totals.replyingAdministrations() == 0
                ? null
                : BigDecimal.valueOf(totals.directEffects().yes())
                        .divide(BigDecimal.valueOf(totals.replyingAdministrations()), 4, java.math.RoundingMode.HALF_UP)
                        .doubleValue();
        return new TrendPoint(
                fiscalYear, totals.replyRate(), directEffects, (int) inHouse, multiplier(fiscalYear), false);
    }
}
