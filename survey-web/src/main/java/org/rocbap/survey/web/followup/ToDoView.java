package org.rocbap.survey.web.followup;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
            items = compliance.forAdministration(caller.administration()).stream()
                    .filter(ComplianceRow::isToDo)
                    .toList();
        }
    }

    public List<ComplianceRow> getItems() {
        return items;
    }
}
