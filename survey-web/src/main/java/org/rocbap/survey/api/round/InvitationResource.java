package org.rocbap.survey.api.round;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.rocbap.survey.api.round.SurveyRoundResource.InvitationView;
import org.rocbap.survey.round.boundary.InvitationService;
import org.rocbap.survey.round.boundary.Successor;
import org.rocbap.survey.round.entity.NonResponse;
import org.rocbap.survey.shared.rules.NotFoundException;

/**
 * A participant's invitation in a survey round, why they cannot reply if they cannot, and the handover
 * of their questionnaire to a successor.
 */
@Path("participants/{participant}/invitation")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    @Inject
    private InvitationService invitations;

    /** @param reason {@code null} when the participant may reply after all */
    public record NonResponseRequest(NonResponse reason, String note) {}

    @Operation(operationId = "getInvitation", summary = "A participant's invitation in a survey round")
    @GET
    public InvitationView get(@PathParam("participant") Long participant) {
        return InvitationView.of(invitations
                .ofParticipant(participant)
                .orElseThrow(() -> new NotFoundException("invitation of participant", participant)));
    }

    @Operation(
            operationId = "explainNonResponse",
            summary = "Record why a participant cannot reply (the administration's focal point, ROCB A/P staff)")
    @PUT
    @Path("non-response")
    @Consumes(MediaType.APPLICATION_JSON)
    public InvitationView explain(@PathParam("participant") Long participant, NonResponseRequest request) {
        return InvitationView.of(invitations.explainNonResponse(participant, request.reason(), request.note()));
    }

    @Operation(
            operationId = "handOverInvitation",
            summary = "Hand a participant's questionnaire over to a successor (the administration's focal point,"
                    + " ROCB A/P staff)")
    @APIResponseSchema(
            value = InvitationView.class,
            responseCode = "201",
            responseDescription = "The successor's invitation, sent to them")
    @POST
    @Path("successor")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response handOver(@PathParam("participant") Long participant, Successor successor, @Context UriInfo uri) {
        InvitationView handed = InvitationView.of(invitations.handOver(participant, successor));
        return Response.created(
                        uri.getBaseUriBuilder().path(InvitationResource.class).build(participant))
                .entity(handed)
                .build();
    }
}
