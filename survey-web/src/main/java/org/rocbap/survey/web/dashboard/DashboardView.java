package org.rocbap.survey.web.dashboard;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.rocbap.survey.report.boundary.CascadeReach;
import org.rocbap.survey.report.boundary.CascadeService;
import org.rocbap.survey.report.boundary.ClaimService;
import org.rocbap.survey.report.boundary.DataQualityService;
import org.rocbap.survey.report.boundary.DataQualityService.Warning;
import org.rocbap.survey.report.boundary.RoundReportService;
import org.rocbap.survey.report.boundary.TrendService;
import org.rocbap.survey.report.boundary.WorkshopImpactService;
import org.rocbap.survey.report.entity.RoundSummary;
import org.rocbap.survey.report.entity.RoundSummary.Actions;
import org.rocbap.survey.report.entity.RoundSummary.WorkshopRow;
import org.rocbap.survey.report.entity.RoundSummary.YesNo;
import org.rocbap.survey.report.entity.TrendPoint;
import org.rocbap.survey.report.entity.WorkshopImpact;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.web.dashboard.Charts.Series;
import org.rocbap.survey.web.shared.PageMessages;
import org.rocbap.survey.web.shared.ViewAddress;
import org.rocbap.survey.workshop.boundary.WorkshopService;

/**
 * Backs {@code dashboard/overview.xhtml} for the ROCB A/P: Tables 1-5 of a fiscal year laid out as in
 * the Good Practice Report, each with its chart, and the trend across rounds, published rounds
 * included. The counting is the services'; this only lays it out.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RoundReportService reports;

    @Inject
    private TrendService trends;

    @Inject
    private WorkshopService workshops;

    @Inject
    private ClaimService claimService;

    @Inject
    private DataQualityService dataQuality;

    @Inject
    private CascadeService cascades;

    @Inject
    private WorkshopImpactService impacts;

    private List<String> fiscalYears;
    private String fiscalYear;
    private RoundSummary summary;
    private List<TrendPoint> trend;
    private List<TestedClaim> claims = List.of();
    private List<Warning> warnings = List.of();
    private List<CascadeReach> reachByWorkshop = List.of();
    private List<CascadeReach> reachByAdministration = List.of();
    private List<WorkshopImpact> impact = List.of();
    private List<WorkshopImpact> impactBySeries = List.of();

    /** Opens the year of the {@code fy} parameter, or the latest whose replies are recorded. */
    public void load() {
        fiscalYears = workshops.fiscalYears();
        trend = trends.trend();
        if (fiscalYear == null || fiscalYear.isBlank()) {
            // The latest year whose replies are recorded: the one the head most likely comes for.
            fiscalYear = trend.stream()
                    .filter(p -> !p.published())
                    .map(TrendPoint::fiscalYear)
                    .reduce((first, second) -> second)
                    .orElse(fiscalYears.isEmpty() ? null : fiscalYears.get(0));
        }
        show();
    }

    /** Shows the chosen fiscal year. */
    public void show() {
        summary = null;
        claims = List.of();
        warnings = List.of();
        reachByWorkshop = List.of();
        reachByAdministration = List.of();
        impact = List.of();
        if (fiscalYear == null) {
            return;
        }
        try {
            summary = reports.summary(fiscalYear);
        } catch (WorkflowException e) {
            PageMessages.show(e, "dashboard");
            return;
        }
        fiscalYear = summary.fiscalYear();
        warnings = dataQuality.forFiscalYear(fiscalYear);
        reachByWorkshop = cascades.byWorkshop(fiscalYear);
        reachByAdministration = cascades.byAdministration(fiscalYear);
        claims = TestedClaim.of(claimService.forFiscalYear(fiscalYear));
        impact = impacts.byWorkshop(fiscalYear, null);
        impactBySeries = impacts.bySeries(null);
        ViewAddress.remember(Map.of("fy", ViewAddress.year(fiscalYear)));
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

    public RoundSummary getSummary() {
        return summary;
    }

    public List<CascadeReach> getReachByWorkshop() {
        return reachByWorkshop;
    }

    public List<CascadeReach> getReachByAdministration() {
        return reachByAdministration;
    }

    public String getMultiplierChart() {
        return Charts.bars(
                PageMessages.text("dashboard.reach.chart"),
                reachByWorkshop.stream().map(CascadeReach::key).toList(),
                List.of(new Series(
                        PageMessages.text("dashboard.reach.multiplier"),
                        reachByWorkshop.stream()
                                .map(r -> (Number) (Math.round(r.multiplier() * 10) / 10.0))
                                .toList())),
                false,
                false);
    }

    /** The year's workshops, ranked by what their replies say they did. */
    public List<WorkshopImpact> getImpact() {
        return impact;
    }

    /** The series of workshops on one topic across the years, ranked the same way. */
    public List<WorkshopImpact> getImpactBySeries() {
        return impactBySeries;
    }

    /** Each workshop's direct-effects share as its 95 % interval, in rank order. */
    public String getImpactChart() {
        return Charts.intervals(
                PageMessages.text("impact.chart"),
                PageMessages.text("impact.chartAxis"),
                impact.stream().map(WorkshopImpact::key).toList(),
                impact.stream().map(w -> w.directEffects().lower()).toList(),
                impact.stream().map(w -> w.directEffects().upper()).toList());
    }

    public List<Warning> getWarnings() {
        return warnings;
    }

    public List<TestedClaim> getClaims() {
        return claims;
    }

    /** What the data say of {@code claim}, in the page's language. */
    public String sentence(TestedClaim claim) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return claim.sentence(
                faces.getApplication().getResourceBundle(faces, "msg"),
                faces.getViewRoot().getLocale());
    }

    public List<TrendPoint> getTrend() {
        return trend;
    }

    /**
     * A count as a share of the replying administrations, as the report prints its totals (96 / 148 =
     * 65 %); {@code null} when no administration replied.
     */
    public Double share(int count) {
        int replying = summary.totals().replyingAdministrations();
        return replying == 0 ? null : (double) count / replying;
    }

    public String getRepliesChart() {
        return Charts.bars(
                PageMessages.text("dashboard.table1.chart"),
                codes(),
                List.of(
                        series("dashboard.participating", WorkshopRow::participatingAdministrations),
                        series("dashboard.replying", WorkshopRow::replyingAdministrations)),
                false,
                false);
    }

    public String getActionsChart() {
        Actions a = summary.totals().actions();
        return Charts.bars(
                PageMessages.text("dashboard.table2.chart"),
                List.of(
                        PageMessages.text("dashboard.action.sharedMaterials"),
                        PageMessages.text("dashboard.action.submittedReport"),
                        PageMessages.text("dashboard.action.recommendations"),
                        PageMessages.text("dashboard.action.inHouseWorkshop"),
                        PageMessages.text("dashboard.action.manuals"),
                        PageMessages.text("dashboard.action.others")),
                List.of(new Series(
                        PageMessages.text("dashboard.replies"),
                        List.of(
                                a.sharedMaterials(),
                                a.submittedReport(),
                                a.recommendations(),
                                a.inHouseWorkshop(),
                                a.manuals(),
                                a.others()))),
                true,
                false);
    }

    public String getAnswersChart() {
        RoundSummary.Totals t = summary.totals();
        List<YesNo> answers = List.of(t.directEffects(), t.efficiency(), t.modernization());
        return Charts.bars(
                PageMessages.text("dashboard.answers.chart"),
                List.of(
                        PageMessages.text("dashboard.q3"),
                        PageMessages.text("dashboard.q4"),
                        PageMessages.text("dashboard.q5")),
                List.of(
                        new Series(
                                PageMessages.text("dashboard.yes"),
                                answers.stream().map(y -> (Number) y.yes()).toList()),
                        new Series(
                                PageMessages.text("dashboard.no"),
                                answers.stream().map(y -> (Number) y.no()).toList())),
                true,
                true);
    }

    public String getTrendChart() {
        return Charts.lines(
                PageMessages.text("dashboard.trend.chart"),
                trend.stream().map(TrendPoint::fiscalYear).toList(),
                List.of(
                        new Series(PageMessages.text("dashboard.trend.replyRate"), percent(TrendPoint::replyRate)),
                        new Series(
                                PageMessages.text("dashboard.trend.directEffects"),
                                percent(TrendPoint::directEffectsShare))));
    }

    public String getAdoptersChart() {
        return Charts.bars(
                PageMessages.text("dashboard.trend.adopters"),
                trend.stream().map(TrendPoint::fiscalYear).toList(),
                List.of(new Series(
                        PageMessages.text("dashboard.trend.adopters"),
                        trend.stream()
                                .map(p -> (Number) p.inHouseAdministrations())
                                .toList())),
                false,
                false);
    }

    private List<String> codes() {
        return summary.workshops().stream().map(WorkshopRow::code).toList();
    }

    private Series series(String labelKey, ToIntFunction<WorkshopRow> count) {
        return new Series(
                PageMessages.text(labelKey),
                summary.workshops().stream()
                        .map(w -> (Number) count.applyAsInt(w))
                        .toList());
    }

    private List<Number> percent(Function<TrendPoint, Double> share) {
        return trend.stream()
                .map(share)
                .map(s -> s == null ? null : (Number) (Math.round(s * 1000) / 10.0))
                .toList();
    }
}
