package org.rocbap.survey.api.shared;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An error answer in the {@code application/problem+json} format (RFC 9457), with every problem and
 * the JSON pointer of the input it concerns.
 */
public record Problem(String type, String title, int status, String detail, List<Error> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One problem with the request. {@code pointer} is a JSON pointer into the request body, or empty. */
    public record Error(String pointer, String detail) {}

    /** 422: the request is well-formed but breaks the workflow's rules (JAX-RS names no constant for it). */
    public static final int UNPROCESSABLE = 422;

    public static final int PAYLOAD_TOO_LARGE = 413;

    public static Response response(Response.Status status, String title, String detail, List<Error> errors) {
        return response(status.getStatusCode(), title, detail, errors);
    }

    public static Response response(int status, String title, String detail, List<Error> errors) {
        Problem problem = new Problem("about:blank", title, status, detail, errors);
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(problem)
                .build();
    }
}
