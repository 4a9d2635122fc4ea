package org.rocbap.survey.web.followup;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.rocbap.survey.compliance.boundary.ComplianceRow;
import org.rocbap.survey.compliance.boundary.ComplianceService;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.shared.security.Roles;

/**
 * Backs the focal point's to-do list on the home page: participants whose mission report is
 * missing or not yet filed, and replies not yet submitted.
 */
@Named
@ViewScoped
public class ToDoView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ComplianceService compliance;

    @Inject
    private CallerService callerService;

    private List<ComplianceRow> items = List.of();

    @PostConstruct
    void load() {
        var caller = callerService.current();
        if (caller.hasRole(Roles.FOCAL_POINT) && caller.administration() != null) {
            // What falls due first comes first: the overdue at the top.
            items = compliance.forAdministration(caller.administration()).stream()
                    .filter(ComplianceRow::isToDo)
                    .sorted(Comparator.comparing(ToDoView::nextDue).thenComparing(ComplianceRow::participantName))
                    .toList();
        }
    }

    /** The earlier of the open due dates: the mission report's if it is still to file, the reply's if still to submit. */
    private static LocalDate nextDue(ComplianceRow row) {
        LocalDate report = row.missionReportToDo() ? row.missionReportDue() : LocalDate.MAX;
        LocalDate reply = row.replyToDo() ? row.replyDue() : LocalDate.MAX;
        return report.isBefore(reply) ? report : reply;
    }

    public List<ComplianceRow> getItems() {
        return items;
    }
}
