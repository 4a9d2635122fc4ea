package org.rocbap.survey.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.questionnaire.entity.Reply;
import org.rocbap.survey.report.control.RoundSummary;
import org.rocbap.survey.report.control.SummaryCalculator;
import org.rocbap.survey.report.control.SummaryCalculator.SubmittedReply;
import org.rocbap.survey.report.control.SummaryCalculator.WorkshopFacts;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.entity.FiscalYear;
import org.rocbap.survey.workshop.entity.Workshop;

/** The Good Practice Report's Tables 1-5 of a fiscal year, for the ROCB A/P. */
@Stateless
@RolesAllowed({Roles.ROCB_STAFF, Roles.ROCB_HEAD})
public class RoundReportService {

    @PersistenceContext
    private EntityManager em;

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
        Map<Long, List<Participant>> participants = em.createNamedQuery(Participant.FIND_BY_FISCAL_YEAR, Participant.class)
                .setParameter("fiscalYear", year.label())
                .getResultStream()
                .collect(Collectors.groupingBy(p -> p.getWorkshop().getId()));
        Map<Long, List<Reply>> replies = em.createNamedQuery(Reply.FIND_SUBMITTED_BY_FISCAL_YEAR, Reply.class)
                .setParameter("fiscalYear", year.label())
                .getResultStream()
                .collect(Collectors.groupingBy(r -> r.getParticipant().getWorkshop().getId()));
        List<WorkshopFacts> facts = workshops.stream()
                .filter(w -> !w.isAccreditation())
                .map(w -> new WorkshopFacts(w.getCode(), w.getTitle(), administrations(participants.get(w.getId())),
                        replies.getOrDefault(w.getId(), List.of()).stream()
                                .map(r -> new SubmittedReply(r.getParticipant().getAdministration(), r.getAnswers()))
                                .toList()))
                .toList();
        return SummaryCalculator.summarise(year.label(), facts);
    }

    private static Set<String> administrations(List<Participant> participants) {
        return participants == null ? Set.of()
                : participants.stream().map(Participant::getAdministration).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
