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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.rocbap.survey.api.shared.Paging;
import org.rocbap.survey.cascade.boundary.InHouseWorkshopService;
import org.rocbap.survey.cascade.entity.InHouseWorkshop;

/** The in-house (cascade) workshops of an administration. */
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
    @APIResponseSchema(
            value = InHouseWorkshopView[].class,
            responseCode = "200",
            responseDescription = "OK; the size of the whole list in X-Total-Count")
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
    @APIResponseSchema(value = InHouseWorkshopView.class, responseCode = "201", responseDescription = "Created")
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
