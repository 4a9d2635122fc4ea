package org.rocbap.survey.api.shared;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.rocbap.survey.shared.rules.ConcurrentChangeException;
import org.rocbap.survey.shared.rules.NotFoundException;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.HiddenRecordException;
import org.rocbap.survey.web.shared.Problem;

/**
 * Broken rules become 422 (404 for a missing record, 409 for a concurrent change) with every violation,
 * in the language the request accepts ({@link RequestLanguage}).
 */
@Provider
public class WorkflowExceptionMapper implements ExceptionMapper<WorkflowException> {

    /** A service names a field ({@code email}) or, for a document, already a pointer ({@code /workshops/0/email}). */
    private static String pointer(String field) {
        if (field == null) {
            return "";
        }
        return field.startsWith("/") ? field : "/" + field;
    }

    @Inject
    private RefusalLog refusals;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(WorkflowException e) {
        Locale locale = RequestLanguage.of(headers);
        List<Problem.Error> errors = e.violations().stream()
                .map(v -> new Problem.Error(pointer(v.field()), v.message(locale)))
                .toList();
        if (e instanceof HiddenRecordException) {
            refusals.refused(request, uri, "another administration's " + e.getMessage());
        }
        if (e instanceof NotFoundException) {
            return Problem.response(Response.Status.NOT_FOUND, "Not found", e.getMessage(), errors);
        }
        if (e instanceof ConcurrentChangeException) {
            return Problem.response(Response.Status.CONFLICT, "Changed by someone else", e.getMessage(), errors);
        }
        return Problem.response(
                Problem.UNPROCESSABLE,
                "The request breaks workflow rules",
                errors.stream().map(Problem.Error::detail).findFirst().orElse(e.getMessage()),
                errors);
    }
}
