package org.rocbap.survey.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rocbap.survey.report.control.ReportCache;
import org.rocbap.survey.shared.security.AccessPolicy;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.entity.FiscalYear;

/**
 * The cascade reach of a fiscal year's workshops, per workshop and per administration, counted in the
 * database: participants, colleagues shared with and who learned (Q1, Q1bis), in-house workshops and
 * their attendees, manuals.
 */
@Stateless
@RolesAllowed({Roles.ROCB_STAFF, Roles.ROCB_HEAD})
public class CascadeService {

    private static final String SUBMITTED = "org.rocbap.survey.questionnaire.entity.ReplyStatus.SUBMITTED";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReportCache cache;

    @Inject
    private CallerService callerService;

    /** The reach per workshop of the year, by code. */
    public List<CascadeReach> byWorkshop(String fiscalYear) {
        String year = FiscalYear.parseOrRefuse(fiscalYear).label();
        return cache.get("reach by workshop " + year, () -> reach(year, "w.code", "i.regionalWorkshop.code"));
    }

    /** The reach per administration of the year, by code. */
    public List<CascadeReach> byAdministration(String fiscalYear) {
        return administrations(FiscalYear.parseOrRefuse(fiscalYear).label());
    }

    /**
     * One administration's reach in a fiscal year beside the region's (every administration's added
     * up): for its own managers and focal points, and for the ROCB A/P. Only the region's totals leave
     * the service, never another administration's row.
     *
     * @return the administration's reach, with zeros if it sent nobody
     * @throws org.rocbap.survey.shared.security.AccessRefusedException for another administration's
     */
    @RolesAllowed({Roles.FOCAL_POINT, Roles.MANAGER, Roles.ROCB_STAFF, Roles.ROCB_HEAD})
    public Comparison ofAdministration(String fiscalYear, String administration) {
        AccessPolicy.requireRead(callerService.current(), administration);
        List<CascadeReach> all =
                administrations(FiscalYear.parseOrRefuse(fiscalYear).label());
        CascadeReach own = all.stream()
                .filter(r -> r.key().equals(administration))
                .findFirst()
                .orElse(new CascadeReach(administration, 0, 0, 0, 0, 0, 0));
        CascadeReach region = all.stream()
                .reduce(
                        new CascadeReach("region", 0, 0, 0, 0, 0, 0),
                        (a, b) -> new CascadeReach(
                                "region",
                                a.participants() + b.participants(),
                                a.colleaguesShared() + b.colleaguesShared(),
                                a.colleaguesLearned() + b.colleaguesLearned(),
                                a.inHouseWorkshops() + b.inHouseWorkshops(),
                                a.inHouseAttendees() + b.inHouseAttendees(),
                                a.manuals() + b.manuals()));
        return new Comparison(own, region);
    }

    /** An administration's reach and the region's. */
    public record Comparison(CascadeReach own, CascadeReach region) implements Serializable {}

    private List<CascadeReach> administrations(String year) {
        return cache.get("reach by administration " + year, () -> reach(year, "p.administration", "i.administration"));
    }

    private List<CascadeReach> reach(String year, String participantKey, String inHouseKey) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT " + participantKey + ", COUNT(p) FROM Participant p JOIN p.workshop w"
                                + " WHERE w.fiscalYear = :fiscalYear GROUP BY " + participantKey,
                        Object[].class)
                .setParameter("fiscalYear", year)
                .getResultList()) {
            counts.computeIfAbsent((String) row[0], k -> new long[6])[0] = number(row[1]);
        }
        for (Object[] row : em.createQuery(
                        "SELECT " + participantKey
                                + ", SUM(r.answers.colleaguesShared), SUM(r.answers.colleaguesLearned),"
                                + " SUM(CASE WHEN r.answers.manuals = TRUE THEN 1 ELSE 0 END)"
                                + " FROM Reply r JOIN r.participant p JOIN p.workshop w"
                                + " WHERE w.fiscalYear = :fiscalYear AND r.status = " + SUBMITTED
                                + " GROUP BY " + participantKey,
                        Object[].class)
                .setParameter("fiscalYear", year)
                .getResultList()) {
            long[] c = counts.computeIfAbsent((String) row[0], k -> new long[6]);
            c[1] = number(row[1]);
            c[2] = number(row[2]);
            c[5] = number(row[3]);
        }
        Map<String, long[]> inHouse = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT " + inHouseKey + ", COUNT(i), SUM(i.attendees) FROM InHouseWorkshop i"
                                + " WHERE i.regionalWorkshop.fiscalYear = :fiscalYear GROUP BY " + inHouseKey,
                        Object[].class)
                .setParameter("fiscalYear", year)
                .getResultList()) {
            inHouse.put((String) row[0], new long[] {number(row[1]), number(row[2])});
        }
        inHouse.forEach((key, c) -> {
            long[] all = counts.computeIfAbsent(key, k -> new long[6]);
            all[3] = c[0];
            all[4] = c[1];
        });
        return counts.entrySet().stream()
                .map(e -> new CascadeReach(
                        e.getKey(),
                        (int) e.getValue()[0],
                        (int) e.getValue()[1],
                        (int) e.getValue()[2],
                        (int) e.getValue()[3],
                        (int) e.getValue()[4],
                        (int) e.getValue()[5]))
                .toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
