package org.rocbap.survey.api.round;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.rocbap.survey.api.shared.BearerForChanges;
import org.rocbap.survey.api.shared.EntityTags;
import org.rocbap.survey.api.shared.RequestLanguage;
import org.rocbap.survey.cascade.entity.InHouseWorkshop;
import org.rocbap.survey.questionnaire.entity.Reply;
import org.rocbap.survey.questionnaire.entity.ReplyAnswers;
import org.rocbap.survey.round.boundary.ReplyLinkRefusedException;
import org.rocbap.survey.round.boundary.ReplyLinkService;
import org.rocbap.survey.round.boundary.ReplyLinkService.LinkedQuestionnaire;
import org.rocbap.survey.round.boundary.ReplyLinkService.Receipt;
import org.rocbap.survey.shared.rules.ConcurrentChangeException;
import org.rocbap.survey.web.shared.Problem;

/**
 * The questionnaire of a personal link, for the participant's own page (answer/questionnaire.xhtml):
 * read it with the draft, send a draft or the submission. The link's token travels in the {@code
 * Reply-Link} header rather than the address, so that it stays out of access logs. A send names
 * itself with an {@code Idempotency-Key} and the version it started from in {@code If-Match}: sending
 * again after a lost answer saves nothing twice, and a send from an older version than the server's
 * gets 412 with the server's copy to merge.
 */
@Path("reply-link")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirementsSet({})
@APIResponse(
        responseCode = "404",
        description = "No link has this token",
        content =
                @Content(
                        mediaType = Problem.MEDIA_TYPE,
                        schema = @Schema(implementation = ReplyLinkResource.LinkRefused.class)))
@APIResponse(
        responseCode = "410",
        description = "The link has ended: its reply is submitted, it was withdrawn or the round is closed",
        content =
                @Content(
                        mediaType = Problem.MEDIA_TYPE,
                        schema = @Schema(implementation = ReplyLinkResource.LinkRefused.class)))
@APIResponse(responseCode = "503", ref = "#/components/responses/Unavailable")
public class ReplyLinkResource {

    private static final String LINK_DESCRIPTION =
            "The token of the participant's personal link (the token parameter of the mailed address)";

    @Inject
    private ReplyLinkService links;

    @Context
    private HttpHeaders headers;

    /** A reply as the server holds it. */
    @Schema(name = "LinkedReply")
    public record ReplyState(
            long version, String status, LocalDate submittedOn, ReplyAnswers answers, List<Long> inHouseWorkshops) {
        static ReplyState of(Reply reply) {
            return reply == null
                    ? null
                    : new ReplyState(
                            reply.getVersion(),
                            reply.getStatus().name(),
                            reply.getSubmittedOn(),
                            reply.getAnswers(),
                            reply.getInHouseWorkshops().stream()
                                    .map(InHouseWorkshop::getId)
                                    .sorted()
                                    .toList());
        }
    }

    /** An in-house workshop of the participant's administration that cascades their workshop. */
    public record LinkableInHouseWorkshop(long id, LocalDate heldOn, String title, Integer attendees) {}

    /**
     * @param reply the server's copy, {@code null} before anything was saved
     * @param openProjects how many of the administration's projects are still planned or under way
     *     (their statuses are updated on the full page)
     */
    public record LinkedQuestionnaireView(
            String participantName,
            String administration,
            String workshopCode,
            String workshopTitle,
            LocalDate dueOn,
            String language,
            ReplyState reply,
            List<LinkableInHouseWorkshop> inHouseWorkshops,
            long openProjects) {}

    /** @param submit true to submit, false to keep a draft */
    public record SendRequest(boolean submit, ReplyAnswers answers, List<Long> inHouseWorkshops) {}

    /**
     * @param replayed the server had taken this send already: nothing was saved now
     * @param notices what the participant should still do, in the request's language
     */
    public record ReceiptView(
            long version,
            String status,
            LocalDate submittedOn,
            boolean late,
            OffsetDateTime receivedAt,
            boolean replayed,
            List<String> notices) {}

    /** 412: the reply changed since the version sent; {@code current} is the server's copy to merge with. */
    @Schema(name = "StaleReply")
    public record StaleReply(String type, String title, int status, String detail, ReplyState current) {}

    /** 404 or 410: the link opens nothing; {@code reason} is UNKNOWN, EXPIRED, REVOKED or USED. */
    @Schema(name = "LinkRefused")
    public record LinkRefused(String type, String title, int status, String detail, String reason) {}

    @Operation(operationId = "getLinkedQuestionnaire", summary = "A personal link's questionnaire and draft")
    @APIResponseSchema(value = LinkedQuestionnaireView.class, responseCode = "200", responseDescription = "OK")
    @GET
    public Response get(
            @Parameter(in = ParameterIn.HEADER, required = true, description = LINK_DESCRIPTION)
                    @HeaderParam(BearerForChanges.REPLY_LINK)
                    String token) {
        try {
            LinkedQuestionnaire q = links.open(token);
            List<LinkableInHouseWorkshop> linkable = links.linkableInHouseWorkshops(token).stream()
                    .map(w -> new LinkableInHouseWorkshop(w.getId(), w.getHeldOn(), w.getTitle(), w.getAttendees()))
                    .toList();
            return Response.ok(new LinkedQuestionnaireView(
                            q.participantName(),
                            q.administration(),
                            q.workshopCode(),
                            q.workshopTitle(),
                            q.dueOn(),
                            q.language(),
                            ReplyState.of(q.reply()),
                            linkable,
                            links.openProjects(token, null).open()))
                    .build();
        } catch (ReplyLinkRefusedException e) {
            return refused(e);
        }
    }

    @Operation(
            operationId = "sendLinkedReply",
            summary = "Save a personal link's reply as a draft, or submit it, exactly once per Idempotency-Key")
    @APIResponseSchema(value = ReceiptView.class, responseCode = "200", responseDescription = "Saved, or taken before")
    @APIResponse(
            responseCode = "412",
            description = "The reply was saved after the version in If-Match: nothing was saved; merge with"
                    + " the server's copy and send again with a new key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = StaleReply.class)))
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(
            @Parameter(in = ParameterIn.HEADER, required = true, description = LINK_DESCRIPTION)
                    @HeaderParam(BearerForChanges.REPLY_LINK)
                    String token,
            @Parameter(
                            in = ParameterIn.HEADER,
                            required = true,
                            description = "Names this send (a UUID); every retry of the same send uses it again")
                    @HeaderParam("Idempotency-Key")
                    String idempotencyKey,
            @Parameter(
                            in = ParameterIn.HEADER,
                            description = "The reply's version the answers start from, in quotes (\"3\");"
                                    + " absent for a first reply")
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            SendRequest request) {
        Long version;
        try {
            version = EntityTags.version(ifMatch);
        } catch (IllegalArgumentException e) {
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    "Malformed If-Match",
                    "If-Match must be the version the answers start from, in quotes (\"3\"), or absent for a"
                            + " first reply.",
                    List.of(new Problem.Error("", "If-Match")));
        }
        ReplyAnswers answers = request == null || request.answers() == null ? new ReplyAnswers() : request.answers();
        List<Long> linked = request == null ? null : request.inHouseWorkshops();
        boolean submit = request != null && request.submit();
        try {
            Receipt receipt = links.send(token, idempotencyKey, version, answers, linked, submit);
            Locale locale = RequestLanguage.of(headers);
            return Response.ok(new ReceiptView(
                            receipt.version(),
                            receipt.status().name(),
                            receipt.submittedOn(),
                            receipt.late(),
                            receipt.receivedAt(),
                            receipt.replayed(),
                            receipt.notices().stream()
                                    .map(n -> n.message(locale))
                                    .toList()))
                    .tag(Long.toString(receipt.version()))
                    .build();
        } catch (ReplyLinkRefusedException e) {
            return refused(e);
        } catch (ConcurrentChangeException e) {
            return stale(token);
        }
    }

    private Response stale(String token) {
        try {
            ReplyState current = ReplyState.of(links.open(token).reply());
            int status = Response.Status.PRECONDITION_FAILED.getStatusCode();
            return Response.status(status)
                    .type(Problem.MEDIA_TYPE)
                    .entity(new StaleReply(
                            "about:blank",
                            "Changed since your version",
                            status,
                            "The reply was saved after the version in If-Match; nothing was saved. Merge with the"
                                    + " server's copy in current and send again with a new Idempotency-Key.",
                            current))
                    .build();
        } catch (ReplyLinkRefusedException e) {
            return refused(e);
        }
    }

    private static Response refused(ReplyLinkRefusedException e) {
        Response.Status status = e.reason().ended() ? Response.Status.GONE : Response.Status.NOT_FOUND;
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new LinkRefused(
                        "about:blank",
                        e.reason().ended() ? "The link has ended" : "No such link",
                        status.getStatusCode(),
                        switch (e.reason()) {
                            case UNKNOWN -> "No personal link has this token.";
                            case EXPIRED -> "The survey round of this link is closed.";
                            case REVOKED -> "This link was withdrawn by the ROCB A/P.";
                            case USED -> "The reply of this link is submitted.";
                        },
                        e.reason().name()))
                .build();
    }
}
