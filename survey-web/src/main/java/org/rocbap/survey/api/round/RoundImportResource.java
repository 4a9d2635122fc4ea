package org.rocbap.survey.api.round;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.rocbap.survey.api.shared.JsonBodies;
import org.rocbap.survey.round.boundary.ImportResult;
import org.rocbap.survey.round.boundary.RoundImportService;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.web.shared.Problem;

/** {@code POST /rounds/import}: a whole survey round in one document, all or nothing. */
@Path("rounds/import")
public class RoundImportResource {

    /** A round of 300 workshops and 5,000 replies takes a few megabytes; anything far larger is a mistake. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    private static final String EXAMPLE = """
            {"fiscalYear": "2017/18",
             "workshops": [{"code": "FY1718-01", "title": "Regional Workshop on Non-Intrusive Inspection",
               "startDate": "2017-08-07", "endDate": "2017-08-10", "venue": "Suva, Fiji", "accreditation": false,
               "participants": [{"administration": "FJI", "name": "Mere Silva", "email": "mere.silva@frcs.org.fj",
                 "missionReport": {"filedOn": "2017-08-30"}}]}],
             "replies": [{"workshop": "FY1718-01", "participantEmail": "mere.silva@frcs.org.fj",
               "submittedOn": "2018-02-20",
               "q1": {"sharedMaterials": true, "colleaguesShared": 30, "submittedReport": true, "inHouseWorkshop": true},
               "q1bisColleaguesLearned": 25, "q2": "Risk profiles for container selection",
               "q3": {"answer": "YES", "text": "Fewer physical examinations"}, "q4": {"answer": "YES", "text": "Faster release"},
               "q5": {"answer": "NO"},
               "inHouseWorkshops": [{"date": "2017-10-02", "title": "NII for front-line officers", "attendees": 40}]}]}
            """;

    @Inject
    private RoundImportService imports;

    @Operation(operationId = "importRound", summary = "Import a whole survey round, all or nothing (ROCB A/P staff)")
    @APIResponseSchema(value = ImportResult.class, responseCode = "200", responseDescription = "OK")
    @RequestBody(
            required = true,
            description = "The round: its fiscal year, the workshops with their participants (and the date each filed"
                    + " a mission report), and the replies. See docs/api.md for every field.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            requiredProperties = {"fiscalYear", "workshops"},
                                            properties = {
                                                @SchemaProperty(
                                                        name = "fiscalYear",
                                                        type = SchemaType.STRING,
                                                        description = "Like 2017/18"),
                                                @SchemaProperty(
                                                        name = "workshops",
                                                        type = SchemaType.ARRAY,
                                                        description = "The workshops with their participants"),
                                                @SchemaProperty(
                                                        name = "replies",
                                                        type = SchemaType.ARRAY,
                                                        description =
                                                                "The replies, each naming its workshop and participant")
                                            }),
                            examples =
                                    @ExampleObject(
                                            name = "oneWorkshopOneReply",
                                            summary = "A round of one workshop, one participant and one reply",
                                            value = EXAMPLE)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importRound(
            @Context SecurityContext security,
            @Parameter(hidden = true) @HeaderParam("Content-Length") Long length,
            InputStream body)
            throws IOException {
        // The service refuses other roles too; asking first spares reading megabytes for nothing.
        if (!security.isUserInRole(Roles.ROCB_STAFF)) {
            return Problem.response(
                    Response.Status.FORBIDDEN,
                    "Not allowed",
                    "Only ROCB A/P staff may import survey rounds.",
                    List.of());
        }
        if (length != null && length > MAX_BYTES) {
            return tooLarge();
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return tooLarge();
        }
        JsonObject document = JsonBodies.object(bytes);
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
