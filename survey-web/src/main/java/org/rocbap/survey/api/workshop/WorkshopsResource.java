package org.rocbap.survey.api.workshop;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.rocbap.survey.api.shared.Paging;
import org.rocbap.survey.shared.persistence.Page;
import org.rocbap.survey.shared.persistence.Slice;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.web.shared.Problem;
import org.rocbap.survey.workshop.boundary.WorkshopService;
import org.rocbap.survey.workshop.boundary.WorkshopService.SavedWorkshop;
import org.rocbap.survey.workshop.boundary.WorkshopService.WorkshopDetails;
import org.rocbap.survey.workshop.entity.FiscalYear;
import org.rocbap.survey.workshop.entity.Workshop;

/** The regional workshops: every role reads them, ROCB A/P staff create them. */
@Path("workshops")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkshopsResource {

    @Inject
    private WorkshopService workshops;

    /**
     * @param outsideFiscalYear the dates lie outside the fiscal year: kept, but to be checked
     * @param notices what to check, in words
     */
    public record WorkshopView(
            String code,
            String title,
            String fiscalYear,
            LocalDate startDate,
            LocalDate endDate,
            String venue,
            boolean accreditation,
            boolean outsideFiscalYear,
            List<String> notices,
            long version) {
        static WorkshopView of(Workshop w, List<String> notices) {
            return new WorkshopView(
                    w.getCode(),
                    w.getTitle(),
                    w.getFiscalYear().label(),
                    w.getStartDate(),
                    w.getEndDate(),
                    w.getVenue(),
                    w.isAccreditation(),
                    w.isOutsideFiscalYear(),
                    notices,
                    w.getVersion());
        }
    }

    /** Every workshop, or those of one fiscal year ({@code ?fiscalYear=2017-18}). */
    @Operation(operationId = "listWorkshops", summary = "The regional workshops, a page at a time")
    @APIResponseSchema(
            value = WorkshopView[].class,
            responseCode = "200",
            responseDescription = "OK; the size of the whole list in X-Total-Count")
    @GET
    public Response list(
            @QueryParam("fiscalYear") String fiscalYear,
            @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        Slice slice = Paging.slice(offset, limit);
        Page<Workshop> found;
        try {
            found = workshops.list(fiscalYear == null ? null : FiscalYear.parse(fiscalYear), slice);
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(Problem.response(
                    Response.Status.BAD_REQUEST,
                    "Malformed request",
                    e.getMessage(),
                    List.of(new Problem.Error("", e.getMessage()))));
        }
        return Paging.page(found, w -> WorkshopView.of(w, List.of()));
    }

    @Operation(operationId = "getWorkshop", summary = "A regional workshop")
    @GET
    @Path("{code}")
    public WorkshopView get(@PathParam("code") String code) {
        return WorkshopView.of(workshops.findByCode(code), List.of());
    }

    @Operation(operationId = "createWorkshop", summary = "Create a regional workshop (ROCB A/P staff)")
    @APIResponseSchema(value = WorkshopView.class, responseCode = "201", responseDescription = "Created")
    @POST
    public Response create(WorkshopDetails details) {
        SavedWorkshop saved = workshops.createWorkshop(details);
        return Response.status(Response.Status.CREATED)
                .entity(WorkshopView.of(
                        saved.workshop(),
                        saved.notices().stream().map(RuleViolation::message).toList()))
                .build();
    }
}
