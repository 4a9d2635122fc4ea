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

    private List<ComplianceRow> rows;
    private List<ComplianceRow> filteredRows;

    @PostConstruct
    void load() {
        rows = complianceService.forCaller();
    }

    public void acknowledge(ComplianceRow row) {
        PageMessages.attempt("compliance", () -> {
            missionReportService.acknowledge(row.participantId());
            PageMessages.info("compliance.acknowledgedNow", row.participantName());
            load();
        });
    }

    /** What the export's "Acknowledged" column holds: the date and who, as the page shows it. */
    public String acknowledgement(ComplianceRow row) {
        if (!row.acknowledged()) {
            return row.acknowledgementOverdue() ? PageMessages.text("compliance.overdue") : "";
        }
        return PageMessages.text(
                "compliance.acknowledgedOnBy", row.acknowledgedAt().toLocalDate(), row.acknowledgedBy());
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

    /** The colour of a mission report's status tag; a new status does not compile until it has one. */
    public String severity(MissionReportStatus status) {
        return switch (status) {
            case ON_TIME -> "success";
            case LATE -> "warning";
            case MISSING -> "danger";
            case DUE -> "info";
        };
    }
}
