package org.rocbap.survey.api.round;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rocbap.survey.shared.time.ClockService;

/**
 * The server's date, which a test stack (started with {@code SURVEY_CLOCK_ADJUSTABLE=true}) lets staff
 * move, to run a round's months in minutes. On any other server it answers 404.
 */
@Path("test-clock")
@Produces(MediaType.APPLICATION_JSON)
public class TestClockResource {

    @Inject
    private ClockService clock;

    /**
     * @param today the server's date
     * @param at the server's time; when moving, it wins over {@code today}, and both {@code null} go
     *     back to the real time
     */
    public record Today(LocalDate today, OffsetDateTime at) {

        static Today of(OffsetDateTime now) {
            return new Today(now.toLocalDate(), now);
        }
    }

    @Operation(operationId = "getTestClock", summary = "The test server's date")
    @GET
    public Today get() {
        return Today.of(clock.now());
    }

    @Operation(operationId = "moveTestClock", summary = "Move the test server's date")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Today move(Today today) {
        return Today.of(clock.moveTo(today.today(), today.at()));
    }
}
