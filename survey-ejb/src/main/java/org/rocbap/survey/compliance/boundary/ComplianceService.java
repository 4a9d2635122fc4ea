package org.rocbap.survey.compliance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.rocbap.survey.administration.entity.Administration;
import org.rocbap.survey.cascade.entity.InHouseWorkshop;
import org.rocbap.survey.compliance.boundary.ComplianceCell.Cascade;
import org.rocbap.survey.missionreport.entity.MissionReportStatus;
import org.rocbap.survey.participation.boundary.InvitedDueDates;
import org.rocbap.survey.questionnaire.entity.ReplyStatus;
import org.rocbap.survey.shared.config.FollowUpSettings;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.AccessPolicy;
import org.rocbap.survey.shared.security.Caller;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.control.DueDates;
import org.rocbap.survey.workshop.entity.FiscalYear;
import org.rocbap.survey.workshop.entity.Workshop;

/**
 * Which participants filed their mission report (on time, late, not at all) and replied, per
 * administration: the managers' compliance view and the focal points' to-do list.
 */
@Stateless
@RolesAllowed({Roles.FOCAL_POINT, Roles.MANAGER, Roles.ROCB_STAFF, Roles.ROCB_HEAD})
public class ComplianceService {

    @Inject
    private FollowUpSettings settings;

    /**
     * Participant, workshop, mission report and reply in one query, joined in the database rather
     * than by binding every participant id; the report's document is never read.
     */
    private static final String ROWS = "SELECT p.id, p.name, p.email, p.administration,"
            + " w.code, w.title, w.endDate,"
            + " m.filedOn, m.acknowledgedBy, m.acknowledgedAt, r.status, r.late"
            + " FROM Participant p JOIN p.workshop w"
            + " LEFT JOIN MissionReport m ON m.participant = p"
            + " LEFT JOIN Reply r ON r.participant = p";

    private static final String ORDER = " ORDER BY p.administration, w.startDate DESC, p.name";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callerService;

    @Inject
    private Clock clock;

    @Inject
    private InvitedDueDates invitedDueDates;

    /** Every participant of one administration, latest workshop first. */
    public List<ComplianceRow> forAdministration(String administration) {
        Caller caller = callerService.current();
        AccessPolicy.requireRead(caller, administration);
        return rows(
                caller,
                em.createQuery(ROWS + " WHERE p.administration = :administration" + ORDER, Object[].class)
                        .setParameter("administration", administration),
                administration);
    }

    /** What the caller may see: their administration, or every administration for the ROCB A/P. */
    public List<ComplianceRow> forCaller() {
        Caller caller = callerService.current();
        if (caller.seesAllAdministrations()) {
            return rows(caller, em.createQuery(ROWS + ORDER, Object[].class), null);
        }
        return forAdministration(caller.administration());
    }

    /**
     * Per administration, the mission reports (on time, late, missing) of a fiscal year's workshops and
     * the in-house workshops that cascade them: every administration for the ROCB A/P, the caller's
     * own for anyone else.
     *
     * @throws WorkflowException if {@code fiscalYear} is not one
     */
    public List<AdministrationCompliance> forFiscalYear(String fiscalYear) {
        FiscalYear year = FiscalYear.parseOrRefuse(fiscalYear);
        Caller caller = callerService.current();
        Map<String, List<ComplianceRow>> rowsByAdministration = visibleRows(caller, year).stream()
                .collect(Collectors.groupingBy(ComplianceRow::administration, TreeMap::new, Collectors.toList()));
        Map<String, List<Cascade>> inHouseByAdministration =
                visibleCascades(caller, year).stream().collect(Collectors.groupingBy(Cascade::administration));
        return rowsByAdministration.entrySet().stream()
                .map(e -> {
                    List<ComplianceRow> administrationRows = e.getValue();
                    List<Cascade> cascades = inHouseByAdministration.getOrDefault(e.getKey(), List.of());
                    return new AdministrationCompliance(
                            e.getKey(),
                            administrationRows.size(),
                            count(administrationRows, MissionReportStatus.ON_TIME),
                            count(administrationRows, MissionReportStatus.LATE),
                            count(administrationRows, MissionReportStatus.MISSING),
                            count(administrationRows, MissionReportStatus.DUE),
                            cascades.size(),
                            cascades.stream().mapToInt(Cascade::attendees).sum());
                })
                .toList();
    }

    /**
     * The latest fiscal year in which the caller can see participants (their own administration's, or
     * anyone's for the ROCB A/P): where a compliance view opens.
     */
    public Optional<String> latestFiscalYear() {
        Caller caller = callerService.current();
        TypedQuery<String> query = caller.seesAllAdministrations()
                ? em.createQuery("SELECT MAX(p.workshop.fiscalYear) FROM Participant p", String.class)
                : em.createQuery(
                                "SELECT MAX(p.workshop.fiscalYear) FROM Participant p"
                                        + " WHERE p.administration = :administration",
                                String.class)
                        .setParameter("administration", caller.administration());
        return Optional.ofNullable(query.getSingleResult());
    }

    /**
     * The fiscal year as administrations × workshops, each cell with its participants' mission reports
     * and replies and the in-house workshops cascading it: every administration and workshop for the
     * ROCB A/P; for anyone else, their own administration and the workshops it took part in or
     * cascaded.
     *
     * @throws WorkflowException if {@code fiscalYear} is not one
     */
    public ComplianceMatrix matrix(String fiscalYear) {
        FiscalYear year = FiscalYear.parseOrRefuse(fiscalYear);
        Caller caller = callerService.current();
        List<ComplianceRow> rows = visibleRows(caller, year);
        List<Cascade> cascades = visibleCascades(caller, year);
        Set<String> involved = new HashSet<>();
        rows.forEach(r -> involved.add(r.workshopCode()));
        cascades.forEach(c -> involved.add(c.workshopCode()));
        List<ComplianceMatrix.Column> workshops = em.createNamedQuery(Workshop.FIND_BY_FISCAL_YEAR, Workshop.class)
                .setParameter("fiscalYear", year.label())
                .getResultStream()
                .filter(w -> caller.seesAllAdministrations() || involved.contains(w.getCode()))
                .map(w -> new ComplianceMatrix.Column(w.getCode(), w.getTitle()))
                .toList();
        Map<String, String> names = em.createNamedQuery(Administration.FIND_ALL, Administration.class)
                .getResultStream()
                .collect(Collectors.toMap(Administration::getCode, Administration::getName));
        return ComplianceMatrix.of(year.label(), workshops, rows, cascades, names);
    }

    private List<ComplianceRow> visibleRows(Caller caller, FiscalYear year) {
        if (caller.seesAllAdministrations()) {
            return rows(
                    caller,
                    em.createQuery(ROWS + " WHERE w.fiscalYear = :fiscalYear" + ORDER, Object[].class)
                            .setParameter("fiscalYear", year.label()),
                    null);
        }
        return rows(
                caller,
                em.createQuery(
                                ROWS + " WHERE w.fiscalYear = :fiscalYear AND p.administration = :administration"
                                        + ORDER,
                                Object[].class)
                        .setParameter("fiscalYear", year.label())
                        .setParameter("administration", caller.administration()),
                caller.administration());
    }

    private List<Cascade> visibleCascades(Caller caller, FiscalYear year) {
        return em.createNamedQuery(InHouseWorkshop.FIND_BY_FISCAL_YEAR, InHouseWorkshop.class)
                .setParameter("fiscalYear", year.label())
                .getResultStream()
                .filter(i -> AccessPolicy.mayRead(caller, i.getAdministration()))
                .map(i -> new Cascade(
                        i.getAdministration(),
                        i.getRegionalWorkshop().getCode(),
                        i.getHeldOn(),
                        i.getTitle(),
                        i.getAttendees()))
                .toList();
    }

    private static int count(List<ComplianceRow> rows, MissionReportStatus status) {
        return (int) rows.stream().filter(r -> r.missionReport() == status).count();
    }

    /** The rows of {@code query}, whose participants are all of administration {@code onlyOf} (any, if null). */
    private List<ComplianceRow> rows(Caller caller, TypedQuery<Object[]> query, String onlyOf) {
        Map<Long, LocalDate> invitedDue = invitedDueDates.ofAdministration(onlyOf);
        DueDates dueDates = new DueDates(settings);
        LocalDate today = LocalDate.now(clock);
        return query.getResultStream()
                .map(c -> {
                    String administration = (String) c[3];
                    LocalDate workshopEnd = (LocalDate) c[6];
                    LocalDate filedOn = (LocalDate) c[7];
                    OffsetDateTime acknowledgedAt = (OffsetDateTime) c[9];
                    ReplyStatus replyStatus = (ReplyStatus) c[10];
                    return new ComplianceRow(
                            (Long) c[0],
                            (String) c[1],
                            (String) c[2],
                            administration,
                            (String) c[4],
                            (String) c[5],
                            dueDates.missionReportDue(workshopEnd),
                            MissionReportStatus.of(dueDates.missionReportDue(workshopEnd), filedOn, today),
                            filedOn,
                            (String) c[8],
                            acknowledgedAt,
                            acknowledgedAt != null,
                            dueDates.acknowledgementOverdue(filedOn, acknowledgedAt != null, today),
                            filedOn != null
                                    && acknowledgedAt == null
                                    && AccessPolicy.mayAcknowledge(caller, administration),
                            replyStatus,
                            // A participant invited in a round has their own due date.
                            invitedDue.getOrDefault((Long) c[0], dueDates.replyDue(workshopEnd)),
                            Boolean.TRUE.equals(c[11]),
                            filedOn == null,
                            replyStatus != ReplyStatus.SUBMITTED);
                })
                .toList();
    }
}
