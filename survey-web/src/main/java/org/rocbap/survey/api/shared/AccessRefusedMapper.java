package org.rocbap.survey.api.shared;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.rocbap.survey.shared.security.AccessRefusedException;
import org.rocbap.survey.web.shared.Problem;

/** The caller's role or administration does not allow the operation: 403. */
@Provider
public class AccessRefusedMapper implements ExceptionMapper<AccessRefusedException> {

    @Inject
    private RefusalLog refusals;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(AccessRefusedException e) {
        refusals.refused(request, uri, e.getMessage());
        return Problem.response(Response.Status.FORBIDDEN, "Not allowed", e.getMessage(), List.of());
    }
}
