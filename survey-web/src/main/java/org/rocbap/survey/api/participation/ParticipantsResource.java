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
import java.util.List;
import org.rocbap.survey.api.shared.Paging;
import org.rocbap.survey.participation.boundary.ParticipantService;
import org.rocbap.survey.participation.entity.Participant;

/** The participants of a workshop. */
@Path("workshops/{workshop}/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantsResource {

    @Inject
    private ParticipantService participants;

    public record ParticipantRequest(String administration, String name, String email) {}

    public record ParticipantView(
            Long id, String workshop, String administration, String name, String email, long version) {
        static ParticipantView of(Participant p) {
            return new ParticipantView(
                    p.getId(),
                    p.getWorkshop().getCode(),
                    p.getAdministration(),
                    p.getName(),
                    p.getEmail(),
                    p.getVersion());
        }
    }

    /** One administration's participants, or (for the ROCB A/P, without the parameter) all of them; paged. */
    @GET
    public Response list(
            @PathParam("workshop") String workshop,
            @QueryParam("administration") String administration,
            @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        List<Participant> found = administration == null
                ? participants.listAllOfWorkshop(workshop)
                : participants.listParticipants(workshop, administration);
        return Paging.page(found, offset, limit, ParticipantView::of);
    }

    @POST
    public Response add(@PathParam("workshop") String workshop, ParticipantRequest request) {
        Participant p =
                participants.addParticipant(workshop, request.administration(), request.name(), request.email());
        return Response.status(Response.Status.CREATED)
                .entity(ParticipantView.of(p))
                .build();
    }
}
