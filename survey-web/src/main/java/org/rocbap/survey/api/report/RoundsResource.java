package org.rocbap.survey.api.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rocbap.survey.compliance.boundary.AdministrationCompliance;
import org.rocbap.survey.compliance.boundary.ComplianceService;
import org.rocbap.survey.report.boundary.RoundReportService;
import org.rocbap.survey.report.boundary.TrendService;
import org.rocbap.survey.report.boundary.TrendService.PublishedFigures;
import org.rocbap.survey.report.entity.PublishedRound;
import org.rocbap.survey.report.entity.RoundSummary;

/** A survey round: the workshops of one fiscal year, written 2017-18 in the path. */
@Path("rounds/{fiscalYear}")
@Produces(MediaType.APPLICATION_JSON)
public class RoundsResource {

    @Inject
    private RoundReportService reports;

    @Inject
    private ComplianceService compliance;

    @Inject
    private TrendService trends;

    /** What a Good Practice Report published for a round whose replies are not recorded here. */
    public record PublishedRoundView(
            String fiscalYear,
            BigDecimal replyRate,
            BigDecimal directEffectsShare,
            Integer inHouseAdministrations,
            String source,
            String recordedBy,
            OffsetDateTime recordedAt,
            long version) {
        static PublishedRoundView of(PublishedRound p) {
            return new PublishedRoundView(
                    p.getFiscalYear().label(),
                    p.getReplyRate(),
                    p.getDirectEffectsShare(),
                    p.getInHouseAdministrations(),
                    p.getSource(),
                    p.getRecordedBy(),
                    p.getRecordedAt(),
                    p.getVersion());
        }
    }

    /** Tables 1-5 of the Good Practice Report for that fiscal year. */
    @Operation(operationId = "getRoundSummary", summary = "Tables 1-5 of the Good Practice Report for a fiscal year")
    @GET
    @Path("summary")
    public RoundSummary summary(@PathParam("fiscalYear") String fiscalYear) {
        return reports.summary(fiscalYear);
    }

    /**
     * Per administration: participants, mission reports on time / late / missing (due 30 days after the
     * workshop), and in-house workshops with their attendees. The ROCB A/P sees every administration;
     * a manager or focal point only their own.
     */
    @Operation(
            operationId = "getRoundCompliance",
            summary = "Mission reports and in-house workshops of a fiscal year, per administration")
    @GET
    @Path("compliance")
    public List<AdministrationCompliance> compliance(@PathParam("fiscalYear") String fiscalYear) {
        return compliance.forFiscalYear(fiscalYear);
    }

    /**
     * Records the totals a Good Practice Report published for a past round (ROCB A/P staff), so that
     * the trend reaches back before the rounds recorded here. Rates are fractions: 0.47 for 47 %.
     */
    @Operation(
            operationId = "publishRoundFigures",
            summary = "Record the published figures of a past round (ROCB A/P staff)")
    @PUT
    @Path("published")
    @Consumes(MediaType.APPLICATION_JSON)
    public PublishedRoundView publish(@PathParam("fiscalYear") String fiscalYear, PublishedFigures figures) {
        return PublishedRoundView.of(trends.publish(fiscalYear, figures));
    }
}
