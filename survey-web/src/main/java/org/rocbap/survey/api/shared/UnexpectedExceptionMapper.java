package org.rocbap.survey.api.shared;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.DateTimeException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rocbap.survey.shared.persistence.PersistenceFailures;
import org.rocbap.survey.web.shared.LimitedBody;
import org.rocbap.survey.web.shared.Problem;
import org.rocbap.survey.web.shared.RequestSizeLimit;

/**
 * Whatever no other mapper answers. A body that could not be read (not JSON, a text where a number
 * belongs, an unknown answer such as "MAYBE", 2017-02-30) is the client's mistake: 400 with what
 * was wrong and, where the reader names it, the field. JAX-RS's own errors keep their status.
 * Anything else is logged and answered as a 500 problem without internals, so an API client never
 * receives an HTML page or a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

    @Override
    public Response toResponse(RuntimeException e) {
        if (cutOff(e)) {
            // A body sent in chunks that grew past the limit while it was read (RequestSizeLimit counts
            // it, as its length was not announced): 413, as for an announced length that is too large.
            return Problem.response(
                    Problem.PAYLOAD_TOO_LARGE,
                    RequestSizeLimit.TOO_LARGE,
                    RequestSizeLimit.tooLargeDetail(),
                    List.of());
        }
        Optional<Throwable> unreadable = unreadableBody(e);
        if (unreadable.isPresent()) {
            return badBody(e, unreadable.get());
        }
        if (e instanceof WebApplicationException web) {
            Response r = web.getResponse();
            if (r.hasEntity()) {
                return r;
            }
            return Problem.response(
                    r.getStatus(),
                    r.getStatusInfo().getReasonPhrase(),
                    r.getStatusInfo().getReasonPhrase(),
                    List.of());
        }
        if (PersistenceFailures.databaseUnreachable(e)) {
            LOG.warning(() -> "The database is out of reach: " + e.getMessage());
            return Problem.databaseUnreachable();
        }
        LOG.log(Level.SEVERE, "Unexpected error in an API request", e);
        return Problem.response(
                Response.Status.INTERNAL_SERVER_ERROR,
                "Not completed",
                "The request could not be completed and nothing of it was saved.",
                List.of());
    }

    private static Optional<Throwable> unreadableBody(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof JsonbException
                    || cause instanceof JsonException
                    || cause instanceof DateTimeException
                    || cause instanceof IllegalArgumentException
                            && cause.getMessage() != null
                            && cause.getMessage().startsWith("No enum constant")
                    || thrownByTheJsonParser(cause)) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }

    /** The JSON parser refuses some input (nesting too deep) with a plain runtime exception. */
    private static boolean thrownByTheJsonParser(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("org.eclipse.parsson.");
    }

    /** Names the field the JSON-B reader names in its messages ("Unable to deserialize property 'x'"). */
    private static Response badBody(Throwable outer, Throwable cause) {
        String pointer = "";
        for (Throwable t = outer; t != null && t.getCause() != t; t = t.getCause()) {
            Matcher property = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (property.find()) {
                pointer = "/" + property.group(1);
                break;
            }
        }
        String reason = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
        String detail = "The request body could not be read" + (pointer.isEmpty() ? "" : " at " + pointer) + ": "
                + (reason.length() > 300 ? reason.substring(0, 300) + "…" : reason);
        return Problem.response(
                Response.Status.BAD_REQUEST,
                "Unreadable request body",
                detail,
                List.of(new Problem.Error(pointer, detail)));
    }

    /** Whether a failure comes from a body cut off at the limit, however the reader wrapped it. */
    private static boolean cutOff(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof LimitedBody.TooLarge) {
                return true;
            }
        }
        return false;
    }
}
