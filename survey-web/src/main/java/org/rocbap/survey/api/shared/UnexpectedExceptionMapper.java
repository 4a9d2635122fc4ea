package org.rocbap.survey.api.shared;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whatever no other mapper answers: JAX-RS's own errors keep their status, anything else is logged
 * and answered as a 500 problem without internals, so an API client never receives an HTML page.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
        if (e instanceof WebApplicationException web) {
            Response r = web.getResponse();
            if (r.hasEntity()) {
                return r;
            }
            return Problem.response(r.getStatus(), r.getStatusInfo().getReasonPhrase(), e.getMessage(), List.of());
        }
        LOG.log(Level.SEVERE, "Unexpected error in an API request", e);
        return Problem.response(
                Response.Status.INTERNAL_SERVER_ERROR,
                "Not completed",
                "The request could not be completed and nothing of it was saved.",
                List.of());
    }
}
