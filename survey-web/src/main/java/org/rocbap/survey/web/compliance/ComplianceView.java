package org.rocbap.survey.web.compliance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.rocbap.survey.compliance.boundary.ComplianceRow;
import org.rocbap.survey.compliance.boundary.ComplianceService;
import org.rocbap.survey.missionreport.boundary.MissionReportService;
import org.rocbap.survey.missionreport.entity.MissionReportStatus;
import org.rocbap.survey.shared.security.AccessPolicy;
import org.rocbap.survey.shared.security.Caller;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.web.shared.PageMessages;

/**
 * Backs {@code compliance/overview.xhtml}: participants x workshops with their mission report (on time,
 * late, missing) and reply; a manager acknowledges filed reports here.
 */
@Named
@ViewScoped
public class ComplianceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ComplianceService complianceService;

    @Inject
    private MissionReportService missionReportService;

    @Inject
    private CallerService callerService;

    private List<ComplianceRow> rows;
    private List<ComplianceRow> filteredRows;
    private Caller caller;

    @PostConstruct
    void load() {
        caller = callerService.current();
        rows = complianceService.forCaller();
    }

    public void acknowledge(ComplianceRow row) {
        PageMessages.attempt("compliance", () -> {
            missionReportService.acknowledge(row.participantId());
            PageMessages.info("compliance.acknowledgedNow", row.participantName());
            load();
        });
    }

    /** A manager of the row's administration, for a filed report not yet acknowledged. */
    public boolean mayAcknowledge(ComplianceRow row) {
        return row.filedOn() != null
                && !row.acknowledged()
                && AccessPolicy.mayAcknowledge(caller, row.administration());
    }

    public MissionReportStatus[] getStatuses() {
        return MissionReportStatus.values();
    }

    public List<ComplianceRow> getRows() {
        return rows;
    }

    public List<ComplianceRow> getFilteredRows() {
        return filteredRows;
    }

    public void setFilteredRows(List<ComplianceRow> filteredRows) {
        this.filteredRows = filteredRows;
    }
}
