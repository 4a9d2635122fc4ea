package org.rocbap.survey.api.shared;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.rocbap.survey.web.shared.Problem;

/** A service method the caller's role may not call at all: 403. */
@Provider
public class EjbAccessMapper implements ExceptionMapper<EJBAccessException> {

    @Inject
    private RefusalLog refusals;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(EJBAccessException e) {
        return Problem.response(
                Response.Status.FORBIDDEN, "Not allowed", "Your role may not use this operation.", List.of());
    }
}
