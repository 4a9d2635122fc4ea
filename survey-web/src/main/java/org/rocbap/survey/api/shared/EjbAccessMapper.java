package org.rocbap.survey.api.shared;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A service method the caller's role may not call at all: 403. */
@Provider
public class EjbAccessMapper implements ExceptionMapper<EJBAccessException> {

    @Override
    public Response toResponse(EJBAccessException e) {
        return Problem.response(
                Response.Status.FORBIDDEN, "Not allowed", "Your role may not use this operation.", List.of());
    }
}
