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
    @GET
    public Response list(
            @PathParam("workshop") String workshop,
            @QueryParam("administration") String administration,
            @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return Paging.page(
                replies.listByWorkshop(workshop, administration), offset, limit, r -> ReplyView.of(r, null, List.of()));
    }
}
