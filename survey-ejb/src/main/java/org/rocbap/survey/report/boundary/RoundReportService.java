package org.rocbap.survey.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.rocbap.survey.report.control.ReportCache;
import org.rocbap.survey.report.control.SummaryCalculator;
import org.rocbap.survey.report.entity.RoundSummary;
import org.rocbap.survey.report.entity.RoundSummary.Actions;
import org.rocbap.survey.report.entity.RoundSummary.WorkshopRow;
import org.rocbap.survey.report.entity.RoundSummary.YesNo;
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
            "SELECT w.id, COUNT(DISTINCT p.administration) FROM Participant p JOIN p.workshop w";

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
            + " WHERE r.status = org.rocbap.survey.questionnaire.entity.ReplyStatus.SUBMITTED";

    private static final String ONE_YEAR = " w.fiscalYear = :fiscalYear";
    private static final String PER_WORKSHOP = " GROUP BY w.id";

    private static final String REPLY_LINES = "SELECT w.code, p.administration, p.name, r.submittedOn, r.late,"
            + " r.answers.sharedMaterials, r.answers.colleaguesShared, r.answers.submittedReport,"
            + " r.answers.recommendations, r.answers.inHouseWorkshop, r.answers.manuals, r.answers.others,"
            + " r.answers.othersText, r.answers.colleaguesLearned, r.answers.lessonsUsed, r.answers.directEffects,"
            + " r.answers.directEffectsText, r.answers.efficiency, r.answers.efficiencyText, r.answers.modernization,"
            + " r.answers.modernizationText, r.id"
            + " FROM Reply r JOIN r.participant p JOIN p.workshop w"
            + " WHERE w.fiscalYear = :fiscalYear AND r.status = org.rocbap.survey.questionnaire.entity.ReplyStatus.SUBMITTED";

    private static final String REPLY_LINES_ORDER = " ORDER BY w.code, p.administration, p.name, r.id";

    // The next lines start after the last one read: a comparison the database answers from where it
    // left off, where an offset would make it sort and skip every line read before, page after page.
    private static final String REPLY_LINES_AFTER = " AND (w.code > :code OR (w.code = :code"
            + " AND (p.administration > :administration OR (p.administration = :administration"
            + " AND (p.name > :name OR (p.name = :name AND r.id > :id))))))";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callerService;

    @Inject
    private ReportCache cache;

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
     * The submitted replies of a fiscal year as the rows of an export, in the order workshop,
     * administration, participant: workshop, administration, participant, submission date, late, then
     * the answers in the questionnaire's order. Read {@code limit} at a time, each batch after the
     * last line of the one before, so that reading them all costs the same per batch however many
     * there are.
     *
     * @param after the last line of the previous batch, {@code null} for the first batch
     */
    public List<ReplyLine> replyLines(String fiscalYear, ReplyLine after, int limit) {
        FiscalYear year = FiscalYear.parseOrRefuse(fiscalYear);
        TypedQuery<Object[]> query = em.createQuery(
                        REPLY_LINES + (after == null ? "" : REPLY_LINES_AFTER) + REPLY_LINES_ORDER, Object[].class)
                .setParameter("fiscalYear", year.label())
                .setMaxResults(limit);
        if (after != null) {
            query.setParameter("code", after.cells().get(0))
                    .setParameter("administration", after.cells().get(1))
                    .setParameter("name", after.cells().get(2))
                    .setParameter("id", after.replyId());
        }
        return query.getResultStream()
                .map(row ->
                        new ReplyLine((Long) row[row.length - 1], Arrays.asList(Arrays.copyOf(row, row.length - 1))))
                .toList();
    }

    /**
     * One submitted reply as an export row.
     *
     * @param replyId where the next batch starts, not part of the row
     */
    public record ReplyLine(Long replyId, List<Object> cells) {}

    /**
     * Tables 1-5 of the surveyed (non-accreditation) workshops of a fiscal year, from the submitted replies.
     *
     * @param fiscalYear written 2017/18 or 2017-18
     * @throws WorkflowException if that is not a fiscal year
     */
    public RoundSummary summary(String fiscalYear) {
        FiscalYear year = FiscalYear.parseOrRefuse(fiscalYear);
        return cache.get(
                "summary " + year.label(),
                () -> summaries(year).getOrDefault(year.label(), SummaryCalculator.total(year.label(), List.of())));
    }

    /**
     * Tables 1-5 of every fiscal year that has workshops, oldest first: counted by the same two
     * grouped queries as one year's, whatever the number of years.
     */
    public SortedMap<String, RoundSummary> summaries() {
        return summaries(null);
    }

    private SortedMap<String, RoundSummary> summaries(FiscalYear only) {
        TypedQuery<Workshop> workshopQuery = only == null
                ? em.createQuery("SELECT w FROM Workshop w ORDER BY w.code", Workshop.class)
                : em.createNamedQuery(Workshop.FIND_BY_FISCAL_YEAR, Workshop.class);
        TypedQuery<Object[]> participatingQuery = em.createQuery(
                PARTICIPATING + (only == null ? "" : " WHERE" + ONE_YEAR) + PER_WORKSHOP, Object[].class);
        TypedQuery<Object[]> repliesQuery =
                em.createQuery(REPLIES + (only == null ? "" : " AND" + ONE_YEAR) + PER_WORKSHOP, Object[].class);
        if (only != null) {
            workshopQuery.setParameter("fiscalYear", only.label());
            participatingQuery.setParameter("fiscalYear", only.label());
            repliesQuery.setParameter("fiscalYear", only.label());
        }
        Map<Long, Integer> participating = new HashMap<>();
        for (Object[] row : participatingQuery.getResultList()) {
            participating.put((Long) row[0], number(row[1]));
        }
        Map<Long, Object[]> replies = new HashMap<>();
        for (Object[] row : repliesQuery.getResultList()) {
            replies.put((Long) row[0], row);
        }
        Map<String, List<WorkshopRow>> rowsByYear = new TreeMap<>();
        for (Workshop w : workshopQuery.getResultList()) {
            if (!w.isAccreditation()) {
                rowsByYear
                        .computeIfAbsent(w.getFiscalYear().label(), y -> new ArrayList<>())
                        .add(row(w, participating.getOrDefault(w.getId(), 0), replies.get(w.getId())));
            }
        }
        SortedMap<String, RoundSummary> summaries = new TreeMap<>();
        rowsByYear.forEach((year, rows) -> summaries.put(year, SummaryCalculator.total(year, rows)));
        return summaries;
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
