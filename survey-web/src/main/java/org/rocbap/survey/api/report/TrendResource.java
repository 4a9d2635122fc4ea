package org.rocbap.survey.api.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rocbap.survey.report.boundary.TrendService;
import org.rocbap.survey.report.entity.TrendPoint;

/** {@code GET /rounds/trend}: the rounds side by side, counted or published. */
@Path("rounds/trend")
@Produces(MediaType.APPLICATION_JSON)
public class TrendResource {

    @Inject
    private TrendService trends;

    @Operation(
            operationId = "getTrend",
            summary = "Reply rate, direct effects and in-house adopters per fiscal year, oldest first")
    @GET
    public List<TrendPoint> trend() {
        return trends.trend();
    }
}
