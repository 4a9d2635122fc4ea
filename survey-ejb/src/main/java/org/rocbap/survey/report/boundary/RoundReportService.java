package org.rocbap.survey.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rocbap.survey.report.control.RoundSummary;
import org.rocbap.survey.report.control.RoundSummary.Actions;
import org.rocbap.survey.report.control.RoundSummary.WorkshopRow;
import org.rocbap.survey.report.control.RoundSummary.YesNo;
import org.rocbap.survey.report.control.SummaryCalculator;
import org.rocbap.survey.shared.persistence.Page;
import org.rocbap.survey.shared.persistence.Slice;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.AccessPolicy;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.entity.FiscalYear;
import org.rocbap.survey.workshop.entity.Workshop;

/**
 * The Good Practice Report's Tables 1-5 of a fiscal year, for the ROCB A/P. The database counts the
 * rows (two grouped queries, whatever the number of replies) by the rules {@link SummaryCalculator}
 * states; the calculator adds the totals and the reply rate.
 */
@Stateless
@RolesAllowed({Roles.ROCB_STAFF, Roles.ROCB_HEAD})
public class RoundReportService {

    private static final String PARTICIPATING =
            "SELECT p.workshop.id, COUNT(DISTINCT p.administration) FROM Participant p"
                    + " WHERE p.workshop.fiscalYear = :fiscalYear GROUP BY p.workshop.id";

    // Table 1 counts replying administrations; Tables 2-5 count replies; an unanswered question is in no column.
    private static final String REPLIES = "SELECT w.id, COUNT(DISTINCT p.administration), COUNT(r),"
            + " SUM(CASE WHEN r.answers.sharedMaterials = TRUE THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.answers.submittedReport = TRUE THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.answers.recommendations = TRUE THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.answers.inHouseWorkshop = TRUE THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.answers.manuals = TRUE THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.answers.others = TRUE THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.answers.directEffects = org.rocbap.survey.questionnaire.entity.Answer.YES THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.answers.directEffects = org.rocbap.survey.questionnaire.entity.Answer.NO THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.answers.efficiency = org.rocbap.survey.questionnaire.entity.Answer.YES THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.answers.efficiency = org.rocbap.survey.questionnaire.entity.Answer.NO THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.answers.modernization = org.rocbap.survey.questionnaire.entity.Answer.YES THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN r.answers.modernization = org.rocbap.survey.questionnaire.entity.Answer.NO THEN 1 ELSE 0 END)"
            + " FROM Reply r JOIN r.participant p JOIN p.workshop w"
            + " WHERE w.fiscalYear = :fiscalYear AND r.status = org.rocbap.survey.questionnaire.entity.ReplyStatus.SUBMITTED"
            + " GROUP BY w.id";

    private static final String REPLY_LINES = "SELECT w.code, p.administration, p.name, r.submittedOn, r.late,"
            + " r.answers.sharedMaterials, r.answers.colleaguesShared, r.answers.submittedReport,"
            + " r.answers.recommendations, r.answers.inHouseWorkshop, r.answers.manuals, r.answers.others,"
            + " r.answers.othersText, r.answers.colleaguesLearned, r.answers.lessonsUsed, r.answers.directEffects,"
            + " r.answers.directEffectsText, r.answers.efficiency, r.answers.efficiencyText, r.answers.modernization,"
            + " r.answers.modernizationText"
            + " FROM Reply r JOIN r.participant p JOIN p.workshop w"
            + " WHERE w.fiscalYear = :fiscalYear AND r.status = org.rocbap.survey.questionnaire.entity.ReplyStatus.SUBMITTED"
            + " ORDER BY w.code, p.administration, p.name, r.id";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callerService;

    /**
     * One administration's participation and replies in a fiscal year beside the region's reply rate:
     * for its own managers and focal points, and for the ROCB A/P.
     *
     * @throws org.rocbap.survey.shared.security.AccessRefusedException for another administration's
     */
    @RolesAllowed({Roles.FOCAL_POINT, Roles.MANAGER, Roles.ROCB_STAFF, Roles.ROCB_HEAD})
    public AdministrationSummary forAdministration(String fiscalYear, String administration) {
        AccessPolicy.requireRead(callerService.current(), administration);
        FiscalYear year = FiscalYear.parseOrRefuse(fiscalYear);
        List<AdministrationSummary.Participation> workshops = em.createQuery(
                        "SELECT w.code, w.title, COUNT(p),"
                                + " SUM(CASE WHEN r.status = org.rocbap.survey.questionnaire.entity.ReplyStatus.SUBMITTED"
                                + " THEN 1 ELSE 0 END)"
                                + " FROM Participant p JOIN p.workshop w LEFT JOIN Reply r ON r.participant = p"
                                + " WHERE w.fiscalYear = :fiscalYear AND p.administration = :administration"
                                + " AND w.accreditation = FALSE GROUP BY w.code, w.title ORDER BY w.code",
                        Object[].class)
                .setParameter("fiscalYear", year.label())
                .setParameter("administration", administration)
                .getResultStream()
                .map(row -> new AdministrationSummary.Participation(
                        (String) row[0], (String) row[1], number(row[2]), number(row[3])))
                .toList();
        return new AdministrationSummary(
                year.label(),
                administration,
                workshops,
                summary(year.label()).totals().replyRate());
    }

    /**
     * The submitted replies of a fiscal year, a slice at a time, as their rows in an export: workshop,
     * administration, participant, submission date, late, then the answers in the questionnaire's order.
     */
    public Page<List<Object>> replyLines(String fiscalYear, Slice slice) {
        FiscalYear year = FiscalYear.parseOrRefuse(fiscalYear);
        return slice.read(
                        em.createQuery(REPLY_LINES, Object[].class).setParameter("fiscalYear", year.label()),
                        () -> em.createQuery(
                                        "SELECT count(r) FROM Reply r WHERE r.participant.workshop.fiscalYear = :fiscalYear"
                                                + " AND r.status = org.rocbap.survey.questionnaire.entity.ReplyStatus.SUBMITTED",
                                        Long.class)
                                .setParameter("fiscalYear", year.label())
                                .getSingleResult())
                .map(row -> java.util.Arrays.asList(row));
    }

    /**
     * Tables 1-5 of the surveyed (non-accreditation) workshops of a fiscal year, from the submitted replies.
     *
     * @param fiscalYear written 2017/18 or 2017-18
     * @throws WorkflowException if that is not a fiscal year
     */
    public RoundSummary summary(String fiscalYear) {
        FiscalYear year = FiscalYear.parseOrRefuse(fiscalYear);
        List<Workshop> workshops = em.createNamedQuery(Workshop.FIND_BY_FISCAL_YEAR, Workshop.class)
                .setParameter("fiscalYear", year.label())
                .getResultList();
        Map<Long, Integer> participating = new HashMap<>();
        for (Object[] row : em.createQuery(PARTICIPATING, Object[].class)
                .setParameter("fiscalYear", year.label())
                .getResultList()) {
            participating.put((Long) row[0], number(row[1]));
        }
        Map<Long, Object[]> replies = new HashMap<>();
        for (Object[] row : em.createQuery(REPLIES, Object[].class)
                .setParameter("fiscalYear", year.label())
                .getResultList()) {
            replies.put((Long) row[0], row);
        }
        List<WorkshopRow> rows = workshops.stream()
                .filter(w -> !w.isAccreditation())
                .map(w -> row(w, participating.getOrDefault(w.getId(), 0), replies.get(w.getId())))
                .toList();
        return SummaryCalculator.total(year.label(), rows);
    }

    private static WorkshopRow row(Workshop w, int participating, Object[] r) {
        if (r == null) {
            return new WorkshopRow(
                    w.getCode(),
                    w.getTitle(),
                    participating,
                    0,
                    0,
                    new Actions(0, 0, 0, 0, 0, 0),
                    new YesNo(0, 0),
                    new YesNo(0, 0),
                    new YesNo(0, 0));
        }
        return new WorkshopRow(
                w.getCode(),
                w.getTitle(),
                participating,
                number(r[1]),
                number(r[2]),
                new Actions(number(r[3]), number(r[4]), number(r[5]), number(r[6]), number(r[7]), number(r[8])),
                new YesNo(number(r[9]), number(r[10])),
                new YesNo(number(r[11]), number(r[12])),
                new YesNo(number(r[13]), number(r[14])));
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
