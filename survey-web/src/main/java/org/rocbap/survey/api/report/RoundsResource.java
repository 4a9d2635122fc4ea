package org.rocbap.survey.api.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.rocbap.survey.compliance.boundary.AdministrationCompliance;
import org.rocbap.survey.compliance.boundary.ComplianceService;
import org.rocbap.survey.report.boundary.RoundReportService;
import org.rocbap.survey.report.control.RoundSummary;

/** A survey round: the workshops of one fiscal year, written 2017-18 in the path. */
@Path("rounds/{fiscalYear}")
@Produces(MediaType.APPLICATION_JSON)
public class RoundsResource {

    @Inject
    private RoundReportService reports;

    @Inject
    private ComplianceService compliance;

    /** Tables 1-5 of the Good Practice Report for that fiscal year. */
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
    @GET
    @Path("compliance")
    public List<AdministrationCompliance> compliance(@PathParam("fiscalYear") String fiscalYear) {
        return compliance.forFiscalYear(fiscalYear);
    }
}
