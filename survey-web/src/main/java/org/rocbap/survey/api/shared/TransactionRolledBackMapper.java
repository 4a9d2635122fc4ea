package org.rocbap.survey.api.shared;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A transaction that failed in the database. Two saves of the same record racing each other end
 * here (the version check at flush); that is a 409 the client can act on. Anything else is logged
 * and answered without internals.
 */
@Provider
public class TransactionRolledBackMapper implements ExceptionMapper<EJBTransactionRolledbackException> {

    private static final Logger LOG = Logger.getLogger(TransactionRolledBackMapper.class.getName());

    @Override
    public Response toResponse(EJBTransactionRolledbackException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return Problem.response(
                        Response.Status.CONFLICT,
                        "Changed by someone else",
                        "Someone else changed this record at the same time. Nothing of your request was saved;"
                                + " reload and try again.",
                        List.of());
            }
        }
        LOG.log(Level.SEVERE, "Request rolled back", e);
        return Problem.response(
                Response.Status.INTERNAL_SERVER_ERROR,
                "Not saved",
                "The request could not be completed and nothing of it was saved.",
                List.of());
    }
}
