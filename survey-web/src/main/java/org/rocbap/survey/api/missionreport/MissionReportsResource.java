package org.rocbap.survey.api.missionreport;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.rocbap.survey.api.shared.Attachment;
import org.rocbap.survey.missionreport.boundary.MissionReportService;
import org.rocbap.survey.missionreport.entity.MissionReport;
import org.rocbap.survey.missionreport.entity.StoredDocument;
import org.rocbap.survey.web.shared.Problem;

/** A participant's mission report: file it, acknowledge it, download its document. */
@Path("participants/{participant}/mission-report")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MissionReportsResource {

    @Inject
    private MissionReportService missionReports;

    /**
     * @param version the version last read, absent when filing for the first time
     * @param documentBase64 the document's bytes in base64; absent to keep the document on file
     */
    public record MissionReportRequest(
            Long version, LocalDate filedOn, String recommendations, String documentName, String documentBase64) {}

    public record MissionReportView(
            Long participant,
            LocalDate filedOn,
            String recommendations,
            String documentName,
            String documentType,
            Long documentSize,
            String documentSha256,
            String acknowledgedBy,
            OffsetDateTime acknowledgedAt,
            long version) {
        static MissionReportView of(MissionReport r) {
            return new MissionReportView(
                    r.getParticipant().getId(),
                    r.getFiledOn(),
                    r.getRecommendations(),
                    r.getDocumentName(),
                    r.getDocumentType(),
                    r.getDocumentSize(),
                    r.getDocumentSha256(),
                    r.getAcknowledgedBy(),
                    r.getAcknowledgedAt(),
                    r.getVersion());
        }
    }

    @Operation(operationId = "getMissionReport", summary = "A participant's mission report")
    @APIResponseSchema(value = MissionReportView.class, responseCode = "200", responseDescription = "OK")
    @GET
    public Response get(@PathParam("participant") Long participant) {
        return missionReports
                .findByParticipant(participant)
                .map(r -> Response.ok(MissionReportView.of(r)).build())
                .orElseGet(() -> Problem.response(
                        Response.Status.NOT_FOUND,
                        "Not found",
                        "No mission report is on file for participant " + participant + ".",
                        List.of()));
    }

    @Operation(operationId = "fileMissionReport", summary = "File or re-file a participant's mission report")
    @PUT
    @DocumentSizeLimited
    public MissionReportView file(@PathParam("participant") Long participant, MissionReportRequest request) {
        byte[] content;
        try {
            content = request.documentBase64() == null
                    ? null
                    : Base64.getDecoder().decode(request.documentBase64());
        } catch (IllegalArgumentException e) {
            throw new jakarta.ws.rs.WebApplicationException(Problem.response(
                    Response.Status.BAD_REQUEST,
                    "Malformed request",
                    "The document is not valid base64.",
                    List.of(new Problem.Error("/documentBase64", "not valid base64"))));
        }
        return MissionReportView.of(missionReports.fileMissionReport(
                participant,
                request.version(),
                request.filedOn(),
                request.recommendations(),
                request.documentName(),
                content));
    }

    @Operation(operationId = "acknowledgeMissionReport", summary = "A manager acknowledges a mission report (once)")
    @POST
    @Path("acknowledgement")
    public MissionReportView acknowledge(@PathParam("participant") Long participant) {
        return MissionReportView.of(missionReports.acknowledge(participant));
    }

    @Operation(operationId = "downloadMissionReport", summary = "Download the mission report's document")
    @APIResponse(responseCode = "200", description = "The document as filed, with its media type")
    @GET
    @Path("document")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("participant") Long participant) {
        StoredDocument document = missionReports.document(participant);
        return Response.ok(document.content(), document.contentType())
                .header("Content-Disposition", Attachment.disposition(document.name(), document.contentType()))
                // Opened in a tab all the same, a document can run nothing and reach nothing.
                .header("Content-Security-Policy", "sandbox")
                .header(
                        "Digest",
                        "sha-256="
                                + Base64.getEncoder()
                                        .encodeToString(java.util.HexFormat.of().parseHex(document.sha256())))
                .build();
    }
}
