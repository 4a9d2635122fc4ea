package org.rocbap.survey.api.questionnaire;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.rocbap.survey.api.questionnaire.RepliesResource.ReplyView;
import org.rocbap.survey.api.shared.Paging;
import org.rocbap.survey.questionnaire.boundary.ReplyService;

/** The replies of a workshop's participants, paged. */
@Path("workshops/{workshop}/replies")
@Produces(MediaType.APPLICATION_JSON)
public class WorkshopRepliesResource {

    @Inject
    private ReplyService replies;

    /** One administration's replies, or (for the ROCB A/P, without the parameter) all of them. */
    @Operation(operationId = "listWorkshopReplies", summary = "The replies of a workshop, a page at a time")
    @APIResponseSchema(
            value = RepliesResource.ReplyView[].class,
            responseCode = "200",
            responseDescription = "OK; the size of the whole list in X-Total-Count")
    @GET
    public Response list(
            @PathParam("workshop") String workshop,
            @QueryParam("administration") String administration,
            @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return Paging.page(
                replies.listByWorkshop(workshop, administration, Paging.slice(offset, limit)),
                r -> ReplyView.of(r, null, List.of()));
    }
}
