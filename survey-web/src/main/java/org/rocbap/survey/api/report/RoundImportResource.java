package org.rocbap.survey.api.report;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.rocbap.survey.api.shared.Problem;
import org.rocbap.survey.round.boundary.ImportResult;
import org.rocbap.survey.round.boundary.RoundImportService;
import org.rocbap.survey.round.control.RoundDocumentReader;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.WorkflowException;

/** {@code POST /rounds/import}: a whole survey round in one document, all or nothing. */
@Path("rounds/import")
public class RoundImportResource {

    /** A round of 150 workshops and 5,000 replies takes a few megabytes; anything far larger is a mistake. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    @Inject
    private RoundImportService imports;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importRound(@HeaderParam("Content-Length") Long length, InputStream body) throws IOException {
        if (length != null && length > MAX_BYTES) {
            return tooLarge();
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return tooLarge();
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            String detail =
                    new RuleViolation("", "import.malformed", List.of(String.valueOf(e.getMessage()))).message();
            return Problem.response(
                    Response.Status.BAD_REQUEST, "Malformed document", detail, List.of(new Problem.Error("", detail)));
        }
        RoundDocumentReader reader = new RoundDocumentReader();
        var document = reader.read(json);
        WorkflowException.throwIfAny(reader.violations());
        ImportResult result = imports.importRound(document);
        return Response.ok(result).build();
    }

    private static Response tooLarge() {
        String detail = RuleViolation.of("", "import.tooLarge", MAX_BYTES / (1024 * 1024))
                .message();
        return Problem.response(
                Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "Document too large",
                detail,
                List.of(new Problem.Error("", detail)));
    }
}
