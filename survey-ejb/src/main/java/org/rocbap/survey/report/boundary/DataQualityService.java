package org.rocbap.survey.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rocbap.survey.participation.boundary.InvitedDueDates;
import org.rocbap.survey.report.control.ReportCache;
import org.rocbap.survey.shared.config.FollowUpSettings;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.control.DueDates;
import org.rocbap.survey.workshop.entity.FiscalYear;
import org.rocbap.survey.workshop.entity.Workshop;

/**
 * What in a year's records deserves a second look before its figures are published: the kinds of
 * error the report itself has (a workshop dated outside its fiscal year), participants nobody heard
 * from, several replies of one administration to one workshop, and replies later than their
 * invitation's due date.
 */
@Stateless
@RolesAllowed({Roles.ROCB_STAFF, Roles.ROCB_HEAD})
public class DataQualityService {

    @Inject
    private FollowUpSettings settings;

    /** At most this many examples are named per kind of warning. */
    static final int EXAMPLES = 10;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ReportCache cache;

    @Inject
    private InvitedDueDates invitedDueDates;

    /**
     * One kind of warning.
     *
     * @param key the message key of the warning, with the count as its argument
     * @param records every record it concerns, named
     */
    public record Warning(String key, List<String> records) implements Serializable {

        public Warning {
            records = List.copyOf(records);
        }

        public String getKey() {
            return key;
        }

        public long getCount() {
            return records.size();
        }

        /** The first few records, for a page that names examples rather than listing them all. */
        public List<String> getExamples() {
            return records.subList(0, Math.min(EXAMPLES, records.size()));
        }
    }

    /** The warnings of a fiscal year; empty when its records look sound. */
    public List<Warning> forFiscalYear(String fiscalYear) {
        FiscalYear year = FiscalYear.parseOrRefuse(fiscalYear);
        // What is overdue depends on the day too.
        return cache.get("warnings " + year.label() + " on " + LocalDate.now(clock), () -> check(year));
    }

    private List<Warning> check(FiscalYear year) {
        List<Warning> warnings = new ArrayList<>();
        List<String> outside = em.createNamedQuery(Workshop.FIND_BY_FISCAL_YEAR, Workshop.class)
                .setParameter("fiscalYear", year.label())
                .getResultStream()
                .filter(Workshop::isOutsideFiscalYear)
                .map(w -> w.getCode() + " (" + w.getStartDate() + " to " + w.getEndDate() + ")")
                .toList();
        add(warnings, "quality.outsideFiscalYear", outside);
        add(warnings, "quality.silentParticipants", silentParticipants(year));
        add(warnings, "quality.severalReplies", severalReplies(year));
        add(warnings, "quality.lateReplies", lateReplies(year));
        return warnings;
    }

    /**
     * Replies submitted after the due date their invitation gave. A reply of a participant no round
     * invited (a round run before the product, imported) had no due date anyone was told: its "late"
     * is reckoned from the configured period, which such a round never followed (the report's own
     * questionnaire went out once, a year after the first workshops), so it would flag every reply
     * and say nothing. Those are left out.
     */
    private List<String> lateReplies(FiscalYear year) {
        Set<Long> invited = invitedDueDates.ofAdministration(null).keySet();
        return em.createQuery(
                        "SELECT p.id, p.name, w.code FROM Reply r JOIN r.participant p JOIN p.workshop w"
                                + " WHERE w.fiscalYear = :fiscalYear AND r.late = TRUE"
                                + " AND r.status = org.rocbap.survey.questionnaire.entity.ReplyStatus.SUBMITTED"
                                + " ORDER BY w.code, p.name",
                        Object[].class)
                .setParameter("fiscalYear", year.label())
                .getResultStream()
                .filter(row -> invited.contains((Long) row[0]))
                .map(row -> row[1] + ", " + row[2])
                .toList();
    }

    /** Participants with neither a reply nor a mission report once both are due. */
    private List<String> silentParticipants(FiscalYear year) {
        DueDates due = new DueDates(settings);
        LocalDate today = LocalDate.now(clock);
        return em.createQuery(
                        "SELECT p.name, p.administration, w.code, w.endDate FROM Participant p JOIN p.workshop w"
                                + " WHERE w.fiscalYear = :fiscalYear"
                                + " AND NOT EXISTS (SELECT m FROM MissionReport m WHERE m.participant = p)"
                                + " AND NOT EXISTS (SELECT r FROM Reply r WHERE r.participant = p"
                                + " AND r.status = org.rocbap.survey.questionnaire.entity.ReplyStatus.SUBMITTED)"
                                + " ORDER BY w.code, p.administration, p.name",
                        Object[].class)
                .setParameter("fiscalYear", year.label())
                .getResultStream()
                .filter(row -> today.isAfter(due.replyDue((LocalDate) row[3]))
                        && today.isAfter(due.missionReportDue((LocalDate) row[3])))
                .map(row -> row[0] + " (" + row[1] + "), " + row[2])
                .toList();
    }

    private List<String> severalReplies(FiscalYear year) {
        return em.createQuery(
                        "SELECT w.code, p.administration, COUNT(r) FROM Reply r JOIN r.participant p JOIN p.workshop w"
                                + " WHERE w.fiscalYear = :fiscalYear"
                                + " AND r.status = org.rocbap.survey.questionnaire.entity.ReplyStatus.SUBMITTED"
                                + " GROUP BY w.code, p.administration HAVING COUNT(r) > 1 ORDER BY w.code",
                        Object[].class)
                .setParameter("fiscalYear", year.label())
                .getResultStream()
                .map(row -> row[1] + " in " + row[0] + ": " + row[2])
                .toList();
    }

    private static void add(List<Warning> warnings, String key, List<String> found) {
        if (!found.isEmpty()) {
            warnings.add(new Warning(key, found));
        }
    }
}
