package org.rocbap.survey.api.compliance;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rocbap.survey.compliance.boundary.ComplianceRow;
import org.rocbap.survey.compliance.boundary.ComplianceService;
import org.rocbap.survey.round.boundary.ComplianceDigest;

/** Mission report and reply compliance of each participant. */
@Path("compliance")
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    @Inject
    private ComplianceService compliance;

    @Inject
    private ComplianceDigest digests;

    /** One administration's participants, or (without the parameter) all the caller may see. */
    @Operation(
            operationId = "listCompliance",
            summary =
                    "Each participant's mission report and reply: one administration's, or every one's for the ROCB A/P")
    @GET
    public List<ComplianceRow> list(@QueryParam("administration") String administration) {
        return administration == null ? compliance.forCaller() : compliance.forAdministration(administration);
    }

    /** @param subscribed whether the signed-in manager receives the weekly digest */
    public record Digest(boolean subscribed) {}

    @Operation(
            operationId = "getComplianceDigest",
            summary = "Whether the signed-in manager receives the weekly compliance digest of their administration")
    @GET
    @Path("digest")
    public Digest digest() {
        return new Digest(digests.isSubscribed());
    }

    @Operation(
            operationId = "subscribeComplianceDigest",
            summary = "Start or stop the signed-in manager's weekly compliance digest")
    @PUT
    @Path("digest")
    @Consumes(MediaType.APPLICATION_JSON)
    public Digest subscribe(Digest digest) {
        return new Digest(digests.subscribe(digest.subscribed()));
    }
}
