package org.rocbap.survey.api.round;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rocbap.survey.mail.boundary.MailOutbox;
import org.rocbap.survey.mail.entity.MailState;
import org.rocbap.survey.mail.entity.OutboxMessage;
import org.rocbap.survey.round.boundary.InvitationService;
import org.rocbap.survey.round.boundary.ReplyRates;
import org.rocbap.survey.round.boundary.SurveyRoundService;
import org.rocbap.survey.round.boundary.SurveyRoundService.RoundPlan;
import org.rocbap.survey.round.entity.Invitation;
import org.rocbap.survey.round.entity.NonResponse;
import org.rocbap.survey.round.entity.RoundState;
import org.rocbap.survey.round.entity.SurveyRound;

/**
 * A fiscal year's survey round as ROCB A/P staff run it: its calendar and state, the invitations sent
 * and every mail written for it.
 */
@Path("rounds/{fiscalYear}/survey")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyRoundResource {

    @Inject
    private SurveyRoundService rounds;

    @Inject
    private InvitationService invitations;

    @Inject
    private MailOutbox outbox;

    /** A round's calendar; what is left out takes the default (6 months, 28 days, reminders 7 and 1 days before). */
    public record RoundPlanRequest(
            Long version,
            LocalDate opensOn,
            LocalDate closesOn,
            Integer delayMonths,
            Integer replyDays,
            List<Integer> reminderDays) {}

    public record SurveyRoundView(
            String fiscalYear,
            LocalDate opensOn,
            LocalDate closesOn,
            int delayMonths,
            int replyDays,
            List<Integer> reminderDays,
            RoundState state,
            boolean mailPaused,
            OffsetDateTime closedAt,
            long version) {
        public static SurveyRoundView of(SurveyRound r) {
            return new SurveyRoundView(
                    r.getFiscalYear().label(),
                    r.getOpensOn(),
                    r.getClosesOn(),
                    r.getDelayMonths(),
                    r.getReplyDays(),
                    r.getReminderDays(),
                    r.getState(),
                    r.isMailPaused(),
                    r.getClosedAt(),
                    r.getVersion());
        }
    }

    public record MailPause(boolean paused) {}

    public record InvitationView(
            Long id,
            Long participant,
            String name,
            String email,
            String administration,
            String workshop,
            LocalDate sentOn,
            LocalDate dueOn,
            LocalDate linkExpiresOn,
            boolean revoked,
            NonResponse nonResponse,
            String nonResponseNote,
            String recipientName,
            String recipientEmail,
            Long replaces,
            boolean superseded) {
        public static InvitationView of(Invitation i) {
            return new InvitationView(
                    i.getId(),
                    i.getParticipant().getId(),
                    i.getParticipant().getName(),
                    i.getParticipant().getEmail(),
                    i.getParticipant().getAdministration(),
                    i.getParticipant().getWorkshop().getCode(),
                    i.getSentOn(),
                    i.getDueOn(),
                    i.getLinkExpiresOn(),
                    i.isRevoked(),
                    i.getNonResponse(),
                    i.getNonResponseNote(),
                    i.recipientName(),
                    i.recipientEmail(),
                    i.getReplaces() == null ? null : i.getReplaces().getId(),
                    i.isSuperseded());
        }
    }

    public record MailView(
            Long id,
            String kind,
            String recipient,
            String subject,
            MailState state,
            int attempts,
            OffsetDateTime createdAt,
            OffsetDateTime sentAt,
            OffsetDateTime nextAttemptAt,
            String lastError) {
        public static MailView of(OutboxMessage m) {
            return new MailView(
                    m.getId(),
                    m.getKind(),
                    m.getRecipient(),
                    m.getSubject(),
                    m.getState(),
                    m.getAttempts(),
                    m.getCreatedAt(),
                    m.getSentAt(),
                    m.getState() == MailState.PENDING ? m.getNextAttemptAt() : null,
                    m.getLastError());
        }
    }

    @Operation(operationId = "getSurveyRound", summary = "A fiscal year's survey round: calendar and state")
    @GET
    public SurveyRoundView get(@PathParam("fiscalYear") String fiscalYear) {
        return SurveyRoundView.of(rounds.get(fiscalYear));
    }

    @Operation(
            operationId = "planSurveyRound",
            summary = "Plan a fiscal year's survey round, or change its calendar (ROCB A/P staff)")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SurveyRoundView plan(@PathParam("fiscalYear") String fiscalYear, RoundPlanRequest request) {
        return SurveyRoundView.of(rounds.plan(
                fiscalYear,
                request.version(),
                new RoundPlan(
                        request.opensOn(),
                        request.closesOn(),
                        request.delayMonths(),
                        request.replyDays(),
                        request.reminderDays())));
    }

    @Operation(operationId = "openSurveyRound", summary = "Open a planned round: its calendar starts sending")
    @POST
    @Path("opening")
    public SurveyRoundView open(@PathParam("fiscalYear") String fiscalYear) {
        return SurveyRoundView.of(rounds.open(fiscalYear));
    }

    @Operation(
            operationId = "closeSurveyRound",
            summary = "Close an open round and send every participant the feedback")
    @POST
    @Path("closing")
    public SurveyRoundView close(@PathParam("fiscalYear") String fiscalYear) {
        return SurveyRoundView.of(rounds.close(fiscalYear));
    }

    @Operation(operationId = "pauseSurveyRoundMail", summary = "Hold a round's mail back, or let it go again")
    @PUT
    @Path("mail-paused")
    @Consumes(MediaType.APPLICATION_JSON)
    public SurveyRoundView pause(@PathParam("fiscalYear") String fiscalYear, MailPause pause) {
        return SurveyRoundView.of(rounds.pauseMail(fiscalYear, pause.paused()));
    }

    @Operation(operationId = "listSurveyRoundInvitations", summary = "The invitations of a round")
    @GET
    @Path("invitations")
    public List<InvitationView> invitations(@PathParam("fiscalYear") String fiscalYear) {
        return invitations.ofRound(rounds.get(fiscalYear)).stream()
                .map(InvitationView::of)
                .toList();
    }

    @Operation(
            operationId = "getSurveyRoundReplyRates",
            summary = "A round's reply rate, raw and net of the participants who cannot reply for a reason on record")
    @GET
    @Path("reply-rates")
    public ReplyRates rates(@PathParam("fiscalYear") String fiscalYear) {
        return invitations.rates(rounds.get(fiscalYear));
    }

    @Operation(
            operationId = "listSurveyRoundMail",
            summary = "Every mail of a round, newest first: what went to whom and when, what waits or failed")
    @GET
    @Path("mail")
    public List<MailView> mail(@PathParam("fiscalYear") String fiscalYear) {
        return outbox.ofRound(rounds.get(fiscalYear).getId()).stream()
                .map(MailView::of)
                .toList();
    }

    @Operation(
            operationId = "revokeSurveyRoundInvitation",
            summary = "End an invitation's personal link: it opens nothing any more (ROCB A/P staff)")
    @POST
    @Path("invitations/{id}/revocation")
    public InvitationView revoke(@PathParam("fiscalYear") String fiscalYear, @PathParam("id") Long id) {
        return InvitationView.of(invitations.revoke(rounds.get(fiscalYear), id));
    }

    @Operation(
            operationId = "resendSurveyRoundMail",
            summary = "Send a mail that failed, or still waits, at the next delivery (ROCB A/P staff)")
    @POST
    @Path("mail/{id}/resending")
    public MailView resend(@PathParam("fiscalYear") String fiscalYear, @PathParam("id") Long id) {
        return MailView.of(outbox.resend(rounds.get(fiscalYear).getId(), id));
    }
}
