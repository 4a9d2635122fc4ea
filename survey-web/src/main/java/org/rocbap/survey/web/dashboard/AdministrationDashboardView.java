package org.rocbap.survey.web.dashboard;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.rocbap.survey.compliance.boundary.AdministrationCompliance;
import org.rocbap.survey.compliance.boundary.ComplianceService;
import org.rocbap.survey.report.boundary.AdministrationSummary;
import org.rocbap.survey.report.boundary.CascadeService;
import org.rocbap.survey.report.boundary.RoundReportService;
import org.rocbap.survey.report.boundary.WorkshopImpactService;
import org.rocbap.survey.report.entity.WorkshopImpact;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.CallerService;
import org.rocbap.survey.web.dashboard.Charts.Series;
import org.rocbap.survey.web.shared.PageMessages;
import org.rocbap.survey.web.shared.ViewAddress;
import org.rocbap.survey.workshop.boundary.WorkshopService;
import org.rocbap.survey.workshop.entity.FiscalYear;

/**
 * Backs {@code administration/dashboard.xhtml}: a manager's or focal point's own administration in a
 * fiscal year beside the region (reply rate, mission reports, in-house workshops). The services give
 * it their own administration's rows only.
 */
@Named
@ViewScoped
public class AdministrationDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CascadeService cascades;

    @Inject
    private RoundReportService reports;

    @Inject
    private ComplianceService compliance;

    @Inject
    private WorkshopService workshops;

    @Inject
    private CallerService callerService;

    @Inject
    private WorkshopImpactService impacts;

    private List<String> fiscalYears;
    private String fiscalYear;
    private AdministrationSummary summary;
    private AdministrationCompliance followUp;
    private CascadeService.Comparison reach;
    private List<ImpactRow> impact = List.of();

    /** One line of the impact table: a workshop's figures for the administration, or for the region. */
    public record ImpactRow(String who, WorkshopImpact figures) implements Serializable {}

    /** Opens the year of the {@code fy} parameter, or the latest. */
    public void load() {
        fiscalYears = workshops.fiscalYears();
        if (fiscalYear == null || fiscalYear.isBlank()) {
            fiscalYear = fiscalYears.isEmpty() ? null : fiscalYears.get(0);
        }
        show();
    }

    /** Shows the chosen fiscal year. */
    public void show() {
        summary = null;
        followUp = null;
        reach = null;
        impact = List.of();
        String administration = callerService.current().administration();
        if (fiscalYear == null || administration == null) {
            return;
        }
        try {
            summary = reports.forAdministration(fiscalYear, administration);
        } catch (WorkflowException e) {
            PageMessages.show(e, "mine");
            return;
        }
        fiscalYear = FiscalYear.parse(fiscalYear).label();
        followUp = compliance.forFiscalYear(fiscalYear).stream()
                .filter(c -> c.administration().equals(administration))
                .findFirst()
                .orElse(null);
        reach = cascades.ofAdministration(fiscalYear, administration);
        Map<String, WorkshopImpact> region = impacts.byWorkshop(fiscalYear, null).stream()
                .collect(java.util.stream.Collectors.toMap(WorkshopImpact::key, w -> w));
        String regionName = PageMessages.text("mine.impactRegion");
        impact = impacts.byWorkshop(fiscalYear, administration).stream()
                .sorted(java.util.Comparator.comparing(WorkshopImpact::key))
                .flatMap(w -> java.util.stream.Stream.of(
                        new ImpactRow(administration, w), new ImpactRow(regionName, region.get(w.key()))))
                .toList();
        ViewAddress.remember(Map.of("fy", ViewAddress.year(fiscalYear)));
    }

    /** The administration's workshops of the year, each beside the region's figures. */
    public List<ImpactRow> getImpact() {
        return impact;
    }

    /** The administration's cascade reach beside the region's. */
    public CascadeService.Comparison getReach() {
        return reach;
    }

    public String getRateChart() {
        return Charts.bars(
                PageMessages.text("mine.chart"),
                List.of(PageMessages.text("mine.replyRate")),
                List.of(
                        new Series(
                                summary.administration(),
                                List.of(summary.replyRate() == null ? 0 : Math.round(summary.replyRate() * 100))),
                        new Series(
                                PageMessages.text("mine.region"),
                                List.of(Math.round(summary.regionalReplyRate() * 100)))),
                false,
                false);
    }

    public String getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(String fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public List<String> getFiscalYears() {
        return fiscalYears;
    }

    public AdministrationSummary getSummary() {
        return summary;
    }

    /** {@code null} when the administration sent nobody that year. */
    public AdministrationCompliance getFollowUp() {
        return followUp;
    }
}
