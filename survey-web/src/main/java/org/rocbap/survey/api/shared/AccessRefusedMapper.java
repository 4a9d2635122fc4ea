package org.rocbap.survey.api.shared;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.rocbap.survey.shared.security.AccessRefusedException;

/** The caller's role or administration does not allow the operation: 403. */
@Provider
public class AccessRefusedMapper implements ExceptionMapper<AccessRefusedException> {

    @Override
    public Response toResponse(AccessRefusedException e) {
        return Problem.response(Response.Status.FORBIDDEN, "Not allowed", e.getMessage(), List.of());
    }
}
