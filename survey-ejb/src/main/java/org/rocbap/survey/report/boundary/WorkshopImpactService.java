package org.rocbap.survey.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rocbap.survey.report.control.WorkshopSeries;
import org.rocbap.survey.report.entity.Mean;
import org.rocbap.survey.report.entity.Share;
import org.rocbap.survey.report.entity.WorkshopImpact;
import org.rocbap.survey.shared.security.AccessPolicy;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.entity.FiscalYear;

/**
 * Which workshops to repeat: per workshop of a year, and per series on one topic across the years,
 * the reply rate, the shares of replies with direct effects, efficiency and a modernization project,
 * and the colleagues reached per reply, each with its 95 % interval. Ranked by the lower end of the
 * direct-effects interval, so that a workshop ranks high only if even the cautious reading of its
 * replies is good; workshops with fewer than {@link WorkshopImpact#MINIMUM_REPLIES} replies come last.
 * The region's figures are for everyone with a dashboard; an administration's, for its own managers and
 * focal points and for the ROCB A/P.
 */
@Stateless
@RolesAllowed({Roles.FOCAL_POINT, Roles.MANAGER, Roles.ROCB_STAFF, Roles.ROCB_HEAD})
public class WorkshopImpactService {

    private static final String SUBMITTED = "org.rocbap.survey.questionnaire.entity.ReplyStatus.SUBMITTED";
    private static final String YES = "org.rocbap.survey.questionnaire.entity.Answer.YES";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callerService;

    /**
     * The workshops of {@code fiscalYear}, ranked.
     *
     * @param administration its participants only, or {@code null} for the region
     */
    public List<WorkshopImpact> byWorkshop(String fiscalYear, String administration) {
        FiscalYear year = FiscalYear.parseOrRefuse(fiscalYear);
        return ranked(new ArrayList<>(workshops(year, administration).values()));
    }

    /** The series of workshops on one topic, across every fiscal year, ranked. */
    public List<WorkshopImpact> bySeries(String administration) {
        Map<String, WorkshopImpact> series = new LinkedHashMap<>();
        for (WorkshopImpact workshop : workshops(null, administration).values()) {
            String key = WorkshopSeries.key(workshop.key(), workshop.title());
            WorkshopImpact named = new WorkshopImpact(
                    key,
                    workshop.title(),
                    workshop.fiscalYears(),
                    workshop.replyRate(),
                    workshop.directEffects(),
                    workshop.efficiency(),
                    workshop.modernization(),
                    workshop.colleagues());
            series.merge(key, named, WorkshopImpact::plus);
        }
        return ranked(new ArrayList<>(series.values()));
    }

    private static List<WorkshopImpact> ranked(List<WorkshopImpact> impacts) {
        impacts.sort(Comparator.comparing(WorkshopImpact::fewReplies)
                .thenComparing(
                        (WorkshopImpact w) -> w.directEffects().lower(),
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(WorkshopImpact::replies, Comparator.reverseOrder())
                .thenComparing(WorkshopImpact::key));
        return impacts;
    }

    /** Every workshop of {@code year} (or of every year), in code order, with its replies' figures. */
    private Map<String, WorkshopImpact> workshops(FiscalYear year, String administration) {
        if (administration != null) {
            AccessPolicy.requireRead(callerService.current(), administration);
        }
        String where = " WHERE w.accreditation = FALSE"
                + (year == null ? "" : " AND w.fiscalYear = :fiscalYear")
                + (administration == null ? "" : " AND p.administration = :administration");
        Map<String, Object[]> sent = new LinkedHashMap<>();
        for (Object[] row : query(
                "SELECT w.code, w.title, w.fiscalYear, COUNT(p) FROM Participant p JOIN p.workshop w" + where
                        + " GROUP BY w.code, w.title, w.fiscalYear ORDER BY w.code",
                year,
                administration)) {
            sent.put((String) row[0], row);
        }
        Map<String, Object[]> replied = new HashMap<>();
        for (Object[] row : query(
                "SELECT w.code, COUNT(r),"
                        + yesAndAnswered("directEffects") + "," + yesAndAnswered("efficiency") + ","
                        + yesAndAnswered("modernization") + ","
                        + " COUNT(r.answers.colleaguesLearned), SUM(r.answers.colleaguesLearned * 1.0),"
                        + " SUM(r.answers.colleaguesLearned * 1.0 * r.answers.colleaguesLearned)"
                        + " FROM Reply r JOIN r.participant p JOIN p.workshop w" + where
                        + " AND r.status = " + SUBMITTED + " GROUP BY w.code",
                year,
                administration)) {
            replied.put((String) row[0], row);
        }
        Map<String, WorkshopImpact> impacts = new LinkedHashMap<>();
        sent.forEach((code, s) -> {
            Object[] r = replied.get(code);
            impacts.put(
                    code,
                    new WorkshopImpact(
                            code,
                            (String) s[1],
                            List.of((String) s[2]),
                            new Share(r == null ? 0 : count(r[1]), count(s[3])),
                            share(r, 2),
                            share(r, 4),
                            share(r, 6),
                            r == null ? Mean.NONE : new Mean(count(r[8]), number(r[9]), number(r[10]))));
        });
        return impacts;
    }

    private static String yesAndAnswered(String question) {
        return " SUM(CASE WHEN r.answers." + question + " = " + YES + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN r.answers." + question + " IS NULL THEN 0 ELSE 1 END)";
    }

    private static Share share(Object[] row, int at) {
        return row == null ? new Share(0, 0) : new Share(count(row[at]), count(row[at + 1]));
    }

    private List<Object[]> query(String jpql, FiscalYear year, String administration) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        if (year != null) {
            query.setParameter("fiscalYear", year.label());
        }
        if (administration != null) {
            query.setParameter("administration", administration);
        }
        return query.getResultList();
    }

    private static int count(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
