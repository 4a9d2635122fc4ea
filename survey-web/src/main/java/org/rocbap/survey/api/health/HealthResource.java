package org.rocbap.survey.api.health;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.rocbap.survey.health.boundary.Readiness;
import org.rocbap.survey.health.boundary.ReadinessService;

/**
 * Readiness and liveness for a load balancer or orchestrator, without sign-in, in MicroProfile
 * Health's format. They name the parts probed and whether each answers, nothing more.
 */
@APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirementsSet({})
public class HealthResource {

    private static final String UP = "UP";
    private static final String DOWN = "DOWN";

    /**
     * @param status {@code UP} or {@code DOWN}
     * @param checks one per part the server depends on
     */
    public record Health(String status, List<Check> checks) {}

    /**
     * @param name {@code database} or {@code identity-provider}
     * @param status {@code UP} or {@code DOWN}
     */
    public record Check(String name, String status) {}

    @EJB
    private ReadinessService readiness;

    @Operation(
            operationId = "getReadiness",
            summary = "Whether the server can serve users: 503 while PostgreSQL or Keycloak does not answer")
    @APIResponseSchema(value = Health.class, responseCode = "200", responseDescription = "Ready")
    @APIResponse(
            responseCode = "503",
            description = "Not ready: the checks say which part does not answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Health.class)))
    @GET
    @Path("ready")
    public Response ready() {
        Readiness now = readiness.check();
        Health health = new Health(
                status(now.ready()),
                now.probes().stream()
                        .map(probe -> new Check(probe.name(), status(probe.up())))
                        .toList());
        return Response.status(now.ready() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(health)
                .build();
    }

    @Operation(operationId = "getLiveness", summary = "Whether the application answers at all")
    @APIResponseSchema(value = Health.class, responseCode = "200", responseDescription = "Live")
    @GET
    @Path("live")
    public Health live() {
        // An outage of the database or Keycloak is not cured by restarting this server, so liveness
        // leaves them to readiness.
        return new Health(UP, List.of());
    }

    private static String status(boolean up) {
        return up ? UP : DOWN;
    }
}
