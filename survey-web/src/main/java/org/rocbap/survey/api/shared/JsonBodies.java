package org.rocbap.survey.api.shared;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.web.shared.Problem;

/** Reads a request body that must be a JSON object; anything else is a 400 that says why. */
public final class JsonBodies {

    private JsonBodies() {}

    public static JsonObject object(byte[] bytes) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            // JSON-P's message names the line and column (or the nesting depth it refuses), which is
            // what the sender needs; whatever it throws, the body is not a JSON object.
            String detail =
                    new RuleViolation("", "import.malformed", List.of(String.valueOf(e.getMessage()))).message();
            throw new WebApplicationException(Problem.response(
                    Response.Status.BAD_REQUEST, "Malformed document", detail, List.of(new Problem.Error("", detail))));
        }
    }
}
