package org.rocbap.survey.api.shared;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rocbap.survey.shared.persistence.PersistenceFailures;
import org.rocbap.survey.web.shared.Problem;

/**
 * A service call that failed as a system exception. Two saves racing each other that meet only at
 * commit end here; they are a 409 the client can act on. Anything else is logged and answered
 * without internals.
 */
@Provider
public class EjbFailureMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(EjbFailureMapper.class.getName());

    private final WorkflowExceptionMapper workflow = new WorkflowExceptionMapper();

    @Override
    public Response toResponse(EJBException e) {
        if (PersistenceFailures.databaseUnreachable(e)) {
            LOG.warning(() -> "The database is out of reach: " + e.getMessage());
            return Problem.databaseUnreachable();
        }
        return PersistenceFailures.conflict(e).map(workflow::toResponse).orElseGet(() -> {
            LOG.log(Level.SEVERE, "Service call failed", e);
            return Problem.response(
                    Response.Status.INTERNAL_SERVER_ERROR,
                    "Not saved",
                    "The request could not be completed and nothing of it was saved.",
                    List.of());
        });
    }
}
