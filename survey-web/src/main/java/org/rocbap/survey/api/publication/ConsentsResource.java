package org.rocbap.survey.api.publication;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rocbap.survey.api.publication.PublicationViews.ConsentRequestView;
import org.rocbap.survey.publication.boundary.ConsentService;

/** A focal point's consent to their administration being quoted in the Good Practice Report. */
@Path("consents")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentsResource {

    @Inject
    private ConsentService consents;

    /**
     * @param exampleVersion the version of the example whose wording was read
     * @param comment required when declining
     */
    public record Decision(Long exampleVersion, boolean approve, String comment) {}

    @Operation(
            operationId = "listConsentRequests",
            summary = "The examples waiting for the caller's administration to approve or decline (focal points)")
    @GET
    public List<ConsentRequestView> pending() {
        return consents.pending().stream().map(ConsentRequestView::of).toList();
    }

    @Operation(operationId = "decideConsent", summary = "Approve or decline being quoted with the wording shown")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConsentRequestView decide(@PathParam("id") Long id, Decision decision) {
        return ConsentRequestView.of(
                consents.decide(id, decision.exampleVersion(), decision.approve(), decision.comment()));
    }
}
