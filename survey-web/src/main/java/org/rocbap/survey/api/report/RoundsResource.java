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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.rocbap.survey.compliance.boundary.AdministrationCompliance;
import org.rocbap.survey.compliance.boundary.ComplianceService;
import org.rocbap.survey.report.boundary.RoundReportService;
import org.rocbap.survey.report.boundary.TrendService;
import org.rocbap.survey.report.boundary.TrendService.PublishedFigures;
import org.rocbap.survey.report.entity.PublishedRound;
import org.rocbap.survey.report.entity.RoundSummary;

/** A survey round: the workshops of one fiscal year, written 2017-18 in the path. */
@APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
@APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
@APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
@APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
@APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
@APIResponse(responseCode = "422", ref = "#/components/responses/Unprocessable")
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
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RoundSummary.class)))
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
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AdministrationCompliance.class)))
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
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PublishedRoundView.class)))
    @PUT
    @Path("published")
    @Consumes(MediaType.APPLICATION_JSON)
    public PublishedRoundView publish(@PathParam("fiscalYear") String fiscalYear, PublishedFigures figures) {
        return PublishedRoundView.of(trends.publish(fiscalYear, figures));
    }
}
