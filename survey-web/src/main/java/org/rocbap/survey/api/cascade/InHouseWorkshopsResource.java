package org.rocbap.survey.api.cascade;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.rocbap.survey.api.shared.Paging;
import org.rocbap.survey.cascade.boundary.InHouseWorkshopService;
import org.rocbap.survey.cascade.entity.InHouseWorkshop;

/** The in-house (cascade) workshops of an administration. */
@APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
@APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
@APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
@APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
@APIResponse(responseCode = "409", ref = "#/components/responses/Conflict")
@APIResponse(responseCode = "422", ref = "#/components/responses/Unprocessable")
@Path("in-house-workshops")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InHouseWorkshopsResource {

    @Inject
    private InHouseWorkshopService inHouseWorkshops;

    public record InHouseWorkshopRequest(
            String administration,
            String regionalWorkshop,
            LocalDate date,
            String title,
            Integer attendees,
            String organiser,
            String materials) {}

    public record InHouseWorkshopView(
            Long id,
            String administration,
            String regionalWorkshop,
            LocalDate date,
            String title,
            int attendees,
            String organiser,
            String materials,
            long version) {
        static InHouseWorkshopView of(InHouseWorkshop w) {
            return new InHouseWorkshopView(
                    w.getId(),
                    w.getAdministration(),
                    w.getRegionalWorkshop().getCode(),
                    w.getHeldOn(),
                    w.getTitle(),
                    w.getAttendees(),
                    w.getOrganiser(),
                    w.getMaterials(),
                    w.getVersion());
        }
    }

    @Operation(
            operationId = "listInHouseWorkshops",
            summary = "An administration's in-house (cascade) workshops, a page at a time")
    @APIResponse(
            responseCode = "200",
            description = "OK; the size of the whole list in X-Total-Count",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = InHouseWorkshopView.class)))
    @GET
    public Response list(
            @QueryParam("administration") String administration,
            @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return Paging.page(
                inHouseWorkshops.listByAdministration(administration, Paging.slice(offset, limit)),
                InHouseWorkshopView::of);
    }

    @Operation(
            operationId = "recordInHouseWorkshop",
            summary = "Record an in-house workshop that cascades a regional workshop")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InHouseWorkshopView.class)))
    @POST
    public Response record(InHouseWorkshopRequest r) {
        InHouseWorkshop w = inHouseWorkshops.record(
                r.administration(),
                r.regionalWorkshop(),
                r.date(),
                r.title(),
                r.attendees(),
                r.organiser(),
                r.materials());
        return Response.status(Response.Status.CREATED)
                .entity(InHouseWorkshopView.of(w))
                .build();
    }
}
