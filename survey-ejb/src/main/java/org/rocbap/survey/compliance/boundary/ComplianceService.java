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
import org.rocbap.survey.missionreport.control.DueDates;
import org.rocbap.survey.missionreport.entity.MissionReport;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.questionnaire.entity.Reply;
import org.rocbap.survey.shared.config.FollowUpSettings;
import org.rocbap.survey.shared.security.AccessPolicy;
import org.rocbap.survey.shared.security.Caller;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;

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
            return rows(em.createNamedQuery(Participant.FIND_ALL, Participant.class).getResultList());
        }
        return forAdministration(caller.administration());
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
        return participants.stream().map(p -> {
            MissionReport report = reports.get(p.getId());
            Reply reply = replies.get(p.getId());
            return new ComplianceRow(p.getId(), p.getName(), p.getEmail(), p.getAdministration(),
                    p.getWorkshop().getCode(), p.getWorkshop().getTitle(), dueDates.missionReportDue(p.getWorkshop()),
                    dueDates.status(p.getWorkshop(), report, today), report == null ? null : report.getFiledOn(),
                    report != null && report.isAcknowledged(), dueDates.acknowledgementOverdue(report, today),
                    reply == null ? "NONE" : reply.getStatus().name(), dueDates.replyDue(p.getWorkshop()),
                    reply != null && reply.isLate());
        }).toList();
    }
}
