package org.rocbap.survey.web.shared;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error answer in the {@code application/problem+json} format (RFC 9457), with every problem and
 * the JSON pointer of the input it concerns.
 */
// Named here so that the API's document has the schema its error answers refer to (ProblemResponses).
@Schema(name = "Problem")
public record Problem(String type, String title, int status, String detail, List<Error> errors) {

    /** How long a client should wait before trying again while the database is out of reach. */
    static final int RETRY_AFTER_SECONDS = 30;

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One problem with the request. {@code pointer} is a JSON pointer into the request body, or empty. */
    public record Error(String pointer, String detail) {}

    /** 422: the request is well-formed but breaks the workflow's rules (JAX-RS names no constant for it). */
    public static final int UNPROCESSABLE = 422;

    public static final int PAYLOAD_TOO_LARGE = 413;

    public static Response response(Response.Status status, String title, String detail, List<Error> errors) {
        return response(status.getStatusCode(), title, detail, errors);
    }

    /**
     * The answer while the database is out of reach: 503 with a retry hint, so that a client (or a
     * load balancer) waits and tries again instead of reporting a fault.
     */
    public static Response databaseUnreachable() {
        return Response.fromResponse(response(
                        Response.Status.SERVICE_UNAVAILABLE,
                        "Temporarily unavailable",
                        "The database cannot be reached just now; nothing of the request was saved. Try again in"
                                + " a minute.",
                        List.of()))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    public static Response response(int status, String title, String detail, List<Error> errors) {
        Problem problem = new Problem("about:blank", title, status, detail, errors);
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(problem)
                .build();
    }

    /** Writes a problem as the whole answer, for the filters that answer before the API's resources do. */
    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        try (Jsonb json = JsonbBuilder.create()) {
            response.getOutputStream()
                    .write(json.toJson(new Problem("about:blank", title, status, detail, List.of()))
                            .getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IOException("Could not write the problem", e);
        }
    }
}
