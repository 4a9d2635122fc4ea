package org.rocbap.survey.api.round;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.rocbap.survey.round.boundary.SurveyRoundService;
import org.rocbap.survey.round.boundary.SurveyRoundService.ScheduleRun;

/** The survey rounds' calendar, which runs every hour by itself; staff may run it at once. */
@Path("rounds/schedule/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RoundScheduleResource {

    @Inject
    private SurveyRoundService rounds;

    @Operation(
            operationId = "runRoundSchedule",
            summary =
                    "Send now what the open rounds' calendars ask for today (ROCB A/P staff); running it twice sends nothing twice")
    @APIResponseSchema(value = ScheduleRun.class, responseCode = "200", responseDescription = "What the run did")
    @POST
    public ScheduleRun run() {
        return rounds.runSchedule();
    }
}
