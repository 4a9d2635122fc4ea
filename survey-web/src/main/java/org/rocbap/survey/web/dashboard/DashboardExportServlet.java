package org.rocbap.survey.web.dashboard;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.rocbap.survey.compliance.boundary.ComplianceMatrix;
import org.rocbap.survey.compliance.boundary.ComplianceService;
import org.rocbap.survey.report.boundary.CascadeReach;
import org.rocbap.survey.report.boundary.CascadeService;
import org.rocbap.survey.report.boundary.ClaimService;
import org.rocbap.survey.report.boundary.DataQualityService;
import org.rocbap.survey.report.boundary.DataQualityService.Warning;
import org.rocbap.survey.report.boundary.RoundReportService;
import org.rocbap.survey.report.boundary.RoundReportService.ReplyLine;
import org.rocbap.survey.report.boundary.TrendService;
import org.rocbap.survey.report.boundary.WorkshopImpactService;
import org.rocbap.survey.report.entity.Association;
import org.rocbap.survey.report.entity.Mean;
import org.rocbap.survey.report.entity.RoundSummary;
import org.rocbap.survey.report.entity.RoundSummary.WorkshopRow;
import org.rocbap.survey.report.entity.Share;
import org.rocbap.survey.report.entity.TrendPoint;
import org.rocbap.survey.report.entity.WorkshopImpact;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.web.export.ExportTable;
import org.rocbap.survey.web.export.SpreadsheetWriter;
import org.rocbap.survey.web.shared.LanguageView;
import org.rocbap.survey.workshop.entity.FiscalYear;

/**
 * The dashboard's tables as spreadsheets: {@code /dashboard/export?table=table1&fy=2016-17&format=xlsx}
 * (or {@code csv}); the tables {@code table1}, {@code table2}, {@code table345}, {@code reach-workshops},
 * {@code reach-administrations}, {@code claims}, {@code impact} (the year's workshops ranked),
 * {@code impact-series} (topics across the years), {@code grid} (the compliance grid), {@code warnings} (every record the data-quality checks
 * flag), {@code trend} and {@code replies} (every submitted
 * reply of the year, read from the database five thousand at a time).
 * web.xml opens /dashboard/* to the ROCB A/P only; the services check the role again.
 */
@WebServlet("/dashboard/export")
public class DashboardExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 5_000;

    @Inject
    private RoundReportService reports;

    @Inject
    private TrendService trends;

    @Inject
    private CascadeService cascades;

    @Inject
    private ClaimService claims;

    @Inject
    private WorkshopImpactService impacts;

    @Inject
    private DataQualityService dataQuality;

    @Inject
    private LanguageView language;

    @Inject
    private ComplianceService compliance;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResourceBundle msg = ResourceBundle.getBundle("org.rocbap.survey.web.messages", language.locale(request));
        String format = request.getParameter("format");
        String fiscalYear = request.getParameter("fy");
        ExportTable table;
        try {
            table = table(String.valueOf(request.getParameter("table")), fiscalYear, msg);
        } catch (WorkflowException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        if (table == null || !("csv".equals(format) || "xlsx".equals(format))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, msg.getString("export.unknown"));
            return;
        }
        // The trend and the series span every year: their files name none.
        boolean everyYear = "trend".equals(table.name()) || "impact-series".equals(table.name());
        String file = table.name() + (everyYear ? "" : "-" + fiscalYear.replace('/', '-'));
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "." + format + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if ("csv".equals(format)) {
            response.setContentType("text/csv; charset=UTF-8");
            SpreadsheetWriter.csv(table, response.getOutputStream());
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            SpreadsheetWriter.xlsx(table, response.getOutputStream());
        }
    }

    private ExportTable table(String name, String fiscalYear, ResourceBundle msg) {
        return switch (name) {
            case "table1" ->
                workshopTable(
                        name,
                        fiscalYear,
                        msg,
                        List.of("dashboard.participating", "dashboard.replying"),
                        w -> List.of(w.participatingAdministrations(), w.replyingAdministrations()),
                        t -> List.of(t.participatingAdministrations(), t.replyingAdministrations()));
            case "table2" ->
                workshopTable(
                        name,
                        fiscalYear,
                        msg,
                        List.of(
                                "dashboard.replies",
                                "dashboard.action.sharedMaterials",
                                "dashboard.action.submittedReport",
                                "dashboard.action.recommendations",
                                "dashboard.action.inHouseWorkshop",
                                "dashboard.action.manuals",
                                "dashboard.action.others"),
                        w -> List.of(
                                w.replies(),
                                w.actions().sharedMaterials(),
                                w.actions().submittedReport(),
                                w.actions().recommendations(),
                                w.actions().inHouseWorkshop(),
                                w.actions().manuals(),
                                w.actions().others()),
                        t -> List.of(
                                t.replies(),
                                t.actions().sharedMaterials(),
                                t.actions().submittedReport(),
                                t.actions().recommendations(),
                                t.actions().inHouseWorkshop(),
                                t.actions().manuals(),
                                t.actions().others()));
            case "table345" ->
                workshopTable(
                        name,
                        fiscalYear,
                        msg,
                        List.of(
                                "export.q3yes",
                                "export.q3no",
                                "export.q4yes",
                                "export.q4no",
                                "export.q5yes",
                                "export.q5no"),
                        w -> List.of(
                                w.directEffects().yes(),
                                w.directEffects().no(),
                                w.efficiency().yes(),
                                w.efficiency().no(),
                                w.modernization().yes(),
                                w.modernization().no()),
                        t -> List.of(
                                t.directEffects().yes(),
                                t.directEffects().no(),
                                t.efficiency().yes(),
                                t.efficiency().no(),
                                t.modernization().yes(),
                                t.modernization().no()));
            case "trend" -> trend(msg);
            case "reach-workshops" ->
                reach(name, cascades.byWorkshop(fiscalYear), msg.getString("dashboard.workshop"), msg);
            case "reach-administrations" ->
                reach(name, cascades.byAdministration(fiscalYear), msg.getString("export.administration"), msg);
            case "claims" -> claims(fiscalYear, msg);
            case "impact" -> impact("impact", impacts.byWorkshop(fiscalYear, null), msg);
            case "impact-series" -> impact("impact-series", impacts.bySeries(null), msg);
            case "warnings" -> warnings(fiscalYear, msg);
            case "grid" -> grid(fiscalYear, msg);
            case "replies" -> replies(fiscalYear, msg);
            default -> null;
        };
    }

    private ExportTable workshopTable(
            String name,
            String fiscalYear,
            ResourceBundle msg,
            List<String> headingKeys,
            Function<WorkshopRow, List<Integer>> row,
            Function<RoundSummary.Totals, List<Integer>> totals) {
        RoundSummary summary = reports.summary(fiscalYear);
        List<String> headings =
                new ArrayList<>(List.of(msg.getString("export.code"), msg.getString("dashboard.workshop")));
        headingKeys.forEach(k -> headings.add(msg.getString(k)));
        List<List<Object>> rows = new ArrayList<>();
        for (WorkshopRow w : summary.workshops()) {
            List<Object> cells = new ArrayList<>(List.of(w.code(), w.title()));
            cells.addAll(row.apply(w));
            rows.add(cells);
        }
        List<Object> total = new ArrayList<>(List.of(msg.getString("dashboard.total"), ""));
        total.addAll(totals.apply(summary.totals()));
        rows.add(total);
        return new ExportTable(name, headings, rows.iterator());
    }

    private static ExportTable reach(String name, List<CascadeReach> reach, String keyHeading, ResourceBundle msg) {
        List<List<Object>> rows = new ArrayList<>();
        for (CascadeReach r : reach) {
            rows.add(List.of(
                    r.key(),
                    r.participants(),
                    r.colleaguesShared(),
                    r.colleaguesLearned(),
                    r.inHouseWorkshops(),
                    r.inHouseAttendees(),
                    r.manuals(),
                    r.multiplier()));
        }
        return new ExportTable(
                name,
                List.of(
                        keyHeading,
                        msg.getString("mine.participants"),
                        msg.getString("dashboard.reach.shared"),
                        msg.getString("dashboard.reach.learned"),
                        msg.getString("dashboard.reach.inHouse"),
                        msg.getString("dashboard.reach.attendees"),
                        msg.getString("dashboard.action.manuals"),
                        msg.getString("dashboard.reach.multiplier")),
                rows.iterator());
    }

    /** Workshops (or series) in rank order, each share as count, of, share and its interval. */
    private static ExportTable impact(String name, List<WorkshopImpact> ranked, ResourceBundle msg) {
        List<String> header = new ArrayList<>(List.of(
                msg.getString("impact.rank"),
                msg.getString("impact.topic"),
                msg.getString("dashboard.workshop"),
                msg.getString("impact.fiscalYears")));
        for (String measure :
                List.of("impact.replyRate", "impact.directEffects", "impact.efficiency", "impact.modernization")) {
            for (String part : List.of("count", "of", "share", "lower", "upper")) {
                header.add(MessageFormat.format(msg.getString("export.impact." + part), msg.getString(measure)));
            }
        }
        for (String part : List.of("n", "mean", "lower", "upper")) {
            header.add(
                    MessageFormat.format(msg.getString("export.impact." + part), msg.getString("impact.colleagues")));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            WorkshopImpact w = ranked.get(i);
            List<Object> row = new ArrayList<>(Arrays.asList(
                    w.fewReplies() ? null : i + 1, w.key(), w.title(), String.join(" ", w.fiscalYears())));
            for (Share share : List.of(w.replyRate(), w.directEffects(), w.efficiency(), w.modernization())) {
                row.addAll(Arrays.asList(share.count(), share.of(), share.rate(), share.lower(), share.upper()));
            }
            Mean colleagues = w.colleagues();
            row.addAll(Arrays.asList(colleagues.n(), colleagues.value(), colleagues.lower(), colleagues.upper()));
            rows.add(row);
        }
        return new ExportTable(name, header, rows.iterator());
    }

    private ExportTable claims(String fiscalYear, ResourceBundle msg) {
        List<List<Object>> rows = new ArrayList<>();
        for (TestedClaim claim : TestedClaim.of(claims.forFiscalYear(fiscalYear))) {
            Association a = claim.data();
            rows.add(Arrays.asList(
                    msg.getString(claim.key()),
                    msg.getString("dashboard.claims.unit." + claim.unit()),
                    a.exposedWithOutcome(),
                    a.exposed(),
                    a.unexposedWithOutcome(),
                    a.unexposed(),
                    a.oddsRatio(),
                    a.lower(),
                    a.upper(),
                    a.fisherP(),
                    claim.sentence(msg, msg.getLocale())));
        }
        return new ExportTable(
                "claims",
                List.of(
                        msg.getString("dashboard.claims.claim"),
                        msg.getString("dashboard.claims.counted"),
                        msg.getString("export.claims.exposedWith"),
                        msg.getString("export.claims.exposed"),
                        msg.getString("export.claims.unexposedWith"),
                        msg.getString("export.claims.unexposed"),
                        msg.getString("export.claims.oddsRatio"),
                        msg.getString("export.claims.lower"),
                        msg.getString("export.claims.upper"),
                        msg.getString("dashboard.claims.fisher"),
                        msg.getString("dashboard.claims.verdict")),
                rows.iterator());
    }

    /** The compliance grid, one row per administration and workshop it sent participants to or cascaded. */
    private ExportTable grid(String fiscalYear, ResourceBundle msg) {
        ComplianceMatrix matrix = compliance.matrix(fiscalYear);
        List<List<Object>> rows = new ArrayList<>();
        for (ComplianceMatrix.Row row : matrix.administrations()) {
            for (ComplianceMatrix.Column workshop : matrix.workshops()) {
                row.cell(workshop.code()).ifPresent(cell -> {
                    List<Object> line = new ArrayList<>(List.of(row.administration(), row.name(), workshop.code()));
                    line.addAll(cell.counts());
                    rows.add(line);
                });
            }
        }
        return new ExportTable(
                "grid",
                List.of(
                        msg.getString("export.code"),
                        msg.getString("export.administration"),
                        msg.getString("dashboard.workshop"),
                        msg.getString("mine.participants"),
                        msg.getString("missionReport.status.ON_TIME"),
                        msg.getString("missionReport.status.LATE"),
                        msg.getString("missionReport.status.MISSING"),
                        msg.getString("missionReport.status.DUE"),
                        msg.getString("reply.status.SUBMITTED"),
                        msg.getString("reply.status.DRAFT"),
                        msg.getString("reply.status.NONE"),
                        msg.getString("grid.inHouse")),
                rows.iterator());
    }

    /** Every record the data-quality checks flag, one per row under the check that flags it. */
    private ExportTable warnings(String fiscalYear, ResourceBundle msg) {
        List<List<Object>> rows = new ArrayList<>();
        for (Warning warning : dataQuality.forFiscalYear(fiscalYear)) {
            String check = new MessageFormat(msg.getString(warning.key()), msg.getLocale())
                    .format(new Object[] {warning.getCount()});
            warning.records().forEach(record -> rows.add(List.of(check, record)));
        }
        return new ExportTable(
                "warnings",
                List.of(msg.getString("export.warnings.check"), msg.getString("export.warnings.record")),
                rows.iterator());
    }

    private ExportTable trend(ResourceBundle msg) {
        List<List<Object>> rows = new ArrayList<>();
        for (TrendPoint p : trends.trend()) {
            rows.add(Arrays.asList(
                    p.fiscalYear(),
                    p.replyRate(),
                    p.directEffectsShare(),
                    p.inHouseAdministrations(),
                    p.multiplier(),
                    msg.getString(p.published() ? "dashboard.trend.published" : "dashboard.trend.counted")));
        }
        return new ExportTable(
                "trend",
                List.of(
                        msg.getString("dashboard.fiscalYear"),
                        msg.getString("dashboard.trend.replyRate"),
                        msg.getString("dashboard.trend.directEffects"),
                        msg.getString("dashboard.trend.adopters"),
                        msg.getString("dashboard.reach.multiplier"),
                        msg.getString("dashboard.trend.source")),
                rows.iterator());
    }

    /** Every submitted reply, read five thousand at a time as the writer asks for rows. */
    private ExportTable replies(String fiscalYear, ResourceBundle msg) {
        FiscalYear.parseOrRefuse(fiscalYear);
        List<String> headings = List.of(
                msg.getString("export.code"),
                msg.getString("export.administration"),
                msg.getString("export.participant"),
                msg.getString("export.submittedOn"),
                msg.getString("export.late"),
                msg.getString("export.answer.sharedMaterials"),
                msg.getString("export.answer.colleaguesShared"),
                msg.getString("export.answer.submittedReport"),
                msg.getString("export.answer.recommendations"),
                msg.getString("export.answer.inHouseWorkshop"),
                msg.getString("export.answer.manuals"),
                msg.getString("export.answer.others"),
                msg.getString("export.answer.othersText"),
                msg.getString("export.answer.colleaguesLearned"),
                msg.getString("export.answer.lessonsUsed"),
                msg.getString("export.answer.directEffects"),
                msg.getString("export.answer.directEffectsText"),
                msg.getString("export.answer.efficiency"),
                msg.getString("export.answer.efficiencyText"),
                msg.getString("export.answer.modernization"),
                msg.getString("export.answer.modernizationText"));
        Iterator<List<Object>> rows = new Iterator<>() {
            private ReplyLine last;
            private Iterator<ReplyLine> batch = List.<ReplyLine>of().iterator();
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (!batch.hasNext() && !exhausted) {
                    List<ReplyLine> next = reports.replyLines(fiscalYear, last, PAGE);
                    exhausted = next.size() < PAGE;
                    batch = next.iterator();
                }
                return batch.hasNext();
            }

            @Override
            public List<Object> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                last = batch.next();
                return last.cells();
            }
        };
        return new ExportTable("replies", headings, rows);
    }
}
