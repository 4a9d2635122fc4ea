package org.rocbap.survey.api.participation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.rocbap.survey.api.shared.Paging;
import org.rocbap.survey.participation.boundary.ParticipantService;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.shared.persistence.Page;
import org.rocbap.survey.shared.persistence.Slice;

/** The participants of a workshop. */
@Path("workshops/{workshop}/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantsResource {

    @Inject
    private ParticipantService participants;

    /** @param language the language of their mail: {@code en} (if left out) or {@code fr} */
    public record ParticipantRequest(String administration, String name, String email, String language) {}

    public record ParticipantView(
            Long id, String workshop, String administration, String name, String email, String language, long version) {
        static ParticipantView of(Participant p) {
            return new ParticipantView(
                    p.getId(),
                    p.getWorkshop().getCode(),
                    p.getAdministration(),
                    p.getName(),
                    p.getEmail(),
                    p.getLanguage(),
                    p.getVersion());
        }
    }

    /** One administration's participants, or (for the ROCB A/P, without the parameter) all of them; paged. */
    @Operation(operationId = "listParticipants", summary = "The participants of a workshop, a page at a time")
    @APIResponseSchema(
            value = ParticipantView[].class,
            responseCode = "200",
            responseDescription = "OK; the size of the whole list in X-Total-Count")
    @GET
    public Response list(
            @PathParam("workshop") String workshop,
            @QueryParam("administration") String administration,
            @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        Slice slice = Paging.slice(offset, limit);
        Page<Participant> found = administration == null
                ? participants.listAllOfWorkshop(workshop, slice)
                : participants.listParticipants(workshop, administration, slice);
        return Paging.page(found, ParticipantView::of);
    }

    @Operation(operationId = "addParticipant", summary = "Add a participant to a workshop (ROCB A/P staff)")
    @APIResponseSchema(value = ParticipantView.class, responseCode = "201", responseDescription = "Created")
    @POST
    public Response add(@PathParam("workshop") String workshop, ParticipantRequest request) {
        Participant p = participants.addParticipant(
                workshop, request.administration(), request.name(), request.email(), request.language());
        return Response.status(Response.Status.CREATED)
                .entity(ParticipantView.of(p))
                .build();
    }
}
