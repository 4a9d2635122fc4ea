package org.rocbap.survey.compliance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rocbap.survey.cascade.entity.InHouseWorkshop;
import org.rocbap.survey.missionreport.control.DueDates;
import org.rocbap.survey.missionreport.entity.MissionReport;
import org.rocbap.survey.missionreport.entity.MissionReportStatus;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.questionnaire.entity.Reply;
import org.rocbap.survey.shared.config.FollowUpSettings;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.AccessPolicy;
import org.rocbap.survey.shared.security.Caller;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.entity.FiscalYear;

/**
 * Which participants filed their mission report (on time, late, not at all) and replied, per
 * administration: the managers' compliance view and the focal points' to-do list.
 */
@Stateless
@RolesAllowed({Roles.FOCAL_POINT, Roles.MANAGER, Roles.ROCB_STAFF, Roles.ROCB_HEAD})
public class ComplianceService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callerService;

    /** Every participant of one administration, latest workshop first. */
    public List<ComplianceRow> forAdministration(String administration) {
        AccessPolicy.requireRead(callerService.current(), administration);
        return rows(em.createNamedQuery(Participant.FIND_BY_ADMINISTRATION, Participant.class)
                .setParameter("administration", administration)
                .getResultList());
    }

    /** What the caller may see: their administration, or every administration for the ROCB A/P. */
    public List<ComplianceRow> forCaller() {
        Caller caller = callerService.current();
        if (caller.seesAllAdministrations()) {
            return rows(
                    em.createNamedQuery(Participant.FIND_ALL, Participant.class).getResultList());
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
        List<Participant> participants = em.createNamedQuery(Participant.FIND_BY_FISCAL_YEAR, Participant.class)
                .setParameter("fiscalYear", year.label())
                .getResultList();
        List<InHouseWorkshop> inHouse = em.createNamedQuery(InHouseWorkshop.FIND_BY_FISCAL_YEAR, InHouseWorkshop.class)
                .setParameter("fiscalYear", year.label())
                .getResultList();
        Map<String, List<ComplianceRow>> rowsByAdministration = rows(participants).stream()
                .filter(r -> AccessPolicy.mayRead(caller, r.administration()))
                .collect(Collectors.groupingBy(
                        ComplianceRow::administration, java.util.TreeMap::new, Collectors.toList()));
        Map<String, List<InHouseWorkshop>> inHouseByAdministration =
                inHouse.stream().collect(Collectors.groupingBy(InHouseWorkshop::getAdministration));
        return rowsByAdministration.entrySet().stream()
                .map(e -> {
                    List<ComplianceRow> rows = e.getValue();
                    List<InHouseWorkshop> cascades = inHouseByAdministration.getOrDefault(e.getKey(), List.of());
                    return new AdministrationCompliance(
                            e.getKey(),
                            rows.size(),
                            count(rows, MissionReportStatus.ON_TIME),
                            count(rows, MissionReportStatus.LATE),
                            count(rows, MissionReportStatus.MISSING),
                            count(rows, MissionReportStatus.DUE),
                            cascades.size(),
                            cascades.stream()
                                    .mapToInt(InHouseWorkshop::getAttendees)
                                    .sum());
                })
                .toList();
    }

    private static int count(List<ComplianceRow> rows, MissionReportStatus status) {
        return (int) rows.stream().filter(r -> r.missionReport() == status).count();
    }

    private List<ComplianceRow> rows(List<Participant> participants) {
        if (participants.isEmpty()) {
            return List.of();
        }
        List<Long> ids = participants.stream().map(Participant::getId).toList();
        Map<Long, MissionReport> reports = em.createNamedQuery(MissionReport.FIND_BY_PARTICIPANTS, MissionReport.class)
                .setParameter("participants", ids)
                .getResultStream()
                .collect(Collectors.toMap(r -> r.getParticipant().getId(), Function.identity()));
        Map<Long, Reply> replies = em.createNamedQuery(Reply.FIND_BY_PARTICIPANTS, Reply.class)
                .setParameter("participants", ids)
                .getResultStream()
                .collect(Collectors.toMap(r -> r.getParticipant().getId(), Function.identity()));
        DueDates dueDates = new DueDates(FollowUpSettings.current());
        LocalDate today = LocalDate.now();
        return participants.stream()
                .map(p -> {
                    MissionReport report = reports.get(p.getId());
                    Reply reply = replies.get(p.getId());
                    return new ComplianceRow(
                            p.getId(),
                            p.getName(),
                            p.getEmail(),
                            p.getAdministration(),
                            p.getWorkshop().getCode(),
                            p.getWorkshop().getTitle(),
                            dueDates.missionReportDue(p.getWorkshop()),
                            dueDates.status(p.getWorkshop(), report, today),
                            report == null ? null : report.getFiledOn(),
                            report != null && report.isAcknowledged(),
                            dueDates.acknowledgementOverdue(report, today),
                            reply == null ? "NONE" : reply.getStatus().name(),
                            dueDates.replyDue(p.getWorkshop()),
                            reply != null && reply.isLate());
                })
                .toList();
    }
}
