package org.rocbap.survey.api.questionnaire;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.rocbap.survey.cascade.entity.InHouseWorkshop;
import org.rocbap.survey.questionnaire.boundary.ReplyService;
import org.rocbap.survey.questionnaire.boundary.ReplyService.SavedReply;
import org.rocbap.survey.questionnaire.entity.Reply;
import org.rocbap.survey.questionnaire.entity.ReplyAnswers;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.web.shared.Problem;

/** A participant's questionnaire reply: save it as a draft, submit it, read it. */
@Path("participants/{participant}/reply")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RepliesResource {

    @Inject
    private ReplyService replies;

    /**
     * @param version the version last read, absent for a first reply
     * @param submit true to submit, false to keep a draft (a submitted reply stays submitted)
     */
    public record ReplyRequest(Long version, boolean submit, ReplyAnswers answers, List<Long> inHouseWorkshops) {}

    public record ReplyView(
            Long participant,
            String status,
            LocalDate submittedOn,
            boolean late,
            ReplyAnswers answers,
            List<Long> inHouseWorkshops,
            Long project,
            List<String> notices,
            long version) {
        public static ReplyView of(Reply r, Long project, List<String> notices) {
            return new ReplyView(
                    r.getParticipant().getId(),
                    r.getStatus().name(),
                    r.getSubmittedOn(),
                    r.isLate(),
                    r.getAnswers(),
                    r.getInHouseWorkshops().stream()
                            .map(InHouseWorkshop::getId)
                            .sorted()
                            .toList(),
                    project,
                    notices,
                    r.getVersion());
        }
    }

    @Operation(operationId = "getReply", summary = "A participant's questionnaire reply")
    @APIResponseSchema(value = ReplyView.class, responseCode = "200", responseDescription = "OK")
    @GET
    public Response get(@PathParam("participant") Long participant) {
        return replies.findByParticipant(participant)
                .map(r -> Response.ok(ReplyView.of(r, null, List.of())).build())
                .orElseGet(() -> Problem.response(
                        Response.Status.NOT_FOUND,
                        "Not found",
                        "Participant " + participant + " has no reply yet.",
                        List.of()));
    }

    @Operation(operationId = "saveReply", summary = "Save a participant's reply as a draft, or submit it")
    @PUT
    public ReplyView save(@PathParam("participant") Long participant, ReplyRequest request) {
        ReplyAnswers answers = request.answers() == null ? new ReplyAnswers() : request.answers();
        SavedReply saved = replies.saveReply(
                participant, request.version(), answers, request.inHouseWorkshops(), request.submit());
        return ReplyView.of(
                saved.reply(),
                saved.project() == null ? null : saved.project().id(),
                saved.notices().stream().map(RuleViolation::message).toList());
    }
}
