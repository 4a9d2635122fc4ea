package org.rocbap.survey.api.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.rocbap.survey.report.boundary.RoundReportService;
import org.rocbap.survey.report.control.RoundSummary;

/** A survey round: the workshops of one fiscal year, written 2017-18 in the path. */
@Path("rounds/{fiscalYear}")
@Produces(MediaType.APPLICATION_JSON)
public class RoundsResource {

    @Inject
    private RoundReportService reports;

    /** Tables 1-5 of the Good Practice Report for that fiscal year. */
    @GET
    @Path("summary")
    public RoundSummary summary(@PathParam("fiscalYear") String fiscalYear) {
        return reports.summary(fiscalYear);
    }
}
