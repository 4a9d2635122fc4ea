package org.rocbap.survey.web.round;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rocbap.survey.mail.boundary.MailOutbox;
import org.rocbap.survey.mail.entity.OutboxMessage;
import org.rocbap.survey.round.boundary.InvitationService;
import org.rocbap.survey.round.boundary.ReplyRates;
import org.rocbap.survey.round.boundary.SurveyRoundService;
import org.rocbap.survey.round.boundary.SurveyRoundService.RoundPlan;
import org.rocbap.survey.round.boundary.SurveyRoundService.ScheduleRun;
import org.rocbap.survey.round.entity.Invitation;
import org.rocbap.survey.round.entity.SurveyRound;
import org.rocbap.survey.shared.persistence.Slice;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.web.shared.PageMessages;
import org.rocbap.survey.workshop.boundary.WorkshopService;
import org.rocbap.survey.workshop.entity.FiscalYear;
import org.rocbap.survey.workshop.entity.Workshop;

/**
 * Backs {@code round/survey.xhtml}: staff plan a fiscal year's survey round, open and close it, and
 * follow its invitations and mail.
 */
@Named
@ViewScoped
public class SurveyRoundsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "round";

    @Inject
    private SurveyRoundService rounds;

    @Inject
    private InvitationService invitationService;

    @Inject
    private MailOutbox outbox;

    @Inject
    private WorkshopService workshops;

    private List<String> fiscalYears = List.of();
    private String fiscalYear;
    private SurveyRound round;
    private List<Invitation> invitations = List.of();
    private List<OutboxMessage> mail = List.of();
    private Map<Long, String> workshopCodes = Map.of();
    private ReplyRates rates;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private Integer delayMonths;
    private Integer replyDays;
    private String reminderDays;

    /** Opens the {@code fy} parameter's year, or the latest with workshops. */
    public void load() {
        fiscalYears = workshops.fiscalYears();
        if ((fiscalYear == null || fiscalYear.isBlank()) && !fiscalYears.isEmpty()) {
            fiscalYear = fiscalYears.get(0);
        }
        show();
    }

    /** Shows the chosen year's round, or a calendar to plan one. */
    public void show() {
        round = fiscalYear == null
                ? null
                : rounds.list().stream()
                        .filter(r -> r.getFiscalYear().label().equals(fiscalYear))
                        .findFirst()
                        .orElse(null);
        if (round == null) {
            invitations = List.of();
            mail = List.of();
            rates = null;
            if (fiscalYear != null) {
                // A year's workshops end by 30 June; their questionnaires go out until December.
                opensOn = FiscalYear.parse(fiscalYear).firstDay();
                closesOn = opensOn.plusYears(1).plusMonths(8).minusDays(1);
            }
            delayMonths = SurveyRound.DEFAULT_DELAY_MONTHS;
            replyDays = SurveyRound.DEFAULT_REPLY_DAYS;
            reminderDays = written(SurveyRound.DEFAULT_REMINDER_DAYS);
            return;
        }
        opensOn = round.getOpensOn();
        closesOn = round.getClosesOn();
        delayMonths = round.getDelayMonths();
        replyDays = round.getReplyDays();
        reminderDays = written(round.getReminderDays());
        invitations = invitationService.ofRound(round);
        rates = invitationService.rates(round);
        mail = outbox.ofRound(round.getId());
        workshopCodes = workshops.list(round.getFiscalYear(), Slice.ALL).items().stream()
                .collect(Collectors.toMap(Workshop::getId, Workshop::getCode));
    }

    /** The code of the workshop a mail concerns, so that staff can see (and filter) a workshop's mail. */
    public String workshopCode(OutboxMessage message) {
        return message.getWorkshopId() == null ? "" : workshopCodes.getOrDefault(message.getWorkshopId(), "");
    }

    public void save() {
        act(() -> {
            List<Integer> reminders = reminders();
            SurveyRound saved = rounds.plan(
                    fiscalYear,
                    round == null ? null : round.getVersion(),
                    new RoundPlan(opensOn, closesOn, delayMonths, replyDays, reminders));
            PageMessages.info("surveyRound.saved", saved.getFiscalYear().label());
        });
    }

    public void open() {
        act(() -> PageMessages.info(
                "surveyRound.opened", rounds.open(fiscalYear).getFiscalYear().label()));
    }

    public void close() {
        act(() -> PageMessages.info(
                "surveyRound.closed", rounds.close(fiscalYear).getFiscalYear().label()));
    }

    public void pauseMail(boolean paused) {
        act(() -> {
            rounds.pauseMail(fiscalYear, paused);
            PageMessages.info(paused ? "surveyRound.paused" : "surveyRound.resumed");
        });
    }

    public void runNow() {
        act(() -> {
            ScheduleRun run = rounds.runSchedule();
            PageMessages.info("surveyRound.ran", run.invitations(), run.reminders(), run.notices());
        });
    }

    public void revoke(Invitation invitation) {
        act(() -> PageMessages.info(
                "surveyRound.revoked",
                invitationService
                        .revoke(round, invitation.getId())
                        .getParticipant()
                        .getName()));
    }

    public void resend(OutboxMessage message) {
        act(() -> PageMessages.info(
                "surveyRound.resent",
                outbox.resend(round.getId(), message.getId()).getRecipient()));
    }

    private void act(Runnable action) {
        if (PageMessages.attempt(FORM, action)) {
            show();
        }
    }

    /** "7, 1" as the days before the due date; anything else is refused with the field named. */
    private List<Integer> reminders() {
        List<Integer> days = new ArrayList<>();
        for (String part : (reminderDays == null ? "" : reminderDays).split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                days.add(Integer.valueOf(part));
            } catch (NumberFormatException e) {
                throw new WorkflowException(
                        RuleViolation.of("reminderDays", "surveyRound.reminderRange", reminderDays, replyDays));
            }
        }
        return days;
    }

    private static String written(List<Integer> days) {
        return String.join(", ", days.stream().map(String::valueOf).toList());
    }

    public boolean isPlanned() {
        return round != null && round.isOpenable();
    }

    public boolean isOpen() {
        return round != null && round.isClosable();
    }

    public boolean isEditable() {
        return round == null || round.isReplannable();
    }

    public List<String> getFiscalYears() {
        return fiscalYears;
    }

    public String getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(String fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public SurveyRound getRound() {
        return round;
    }

    public List<Invitation> getInvitations() {
        return invitations;
    }

    /** The round's reply rate, raw and net; {@code null} while no round is planned. */
    public ReplyRates getRates() {
        return rates;
    }

    public List<OutboxMessage> getMail() {
        return mail;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public Integer getDelayMonths() {
        return delayMonths;
    }

    public void setDelayMonths(Integer delayMonths) {
        this.delayMonths = delayMonths;
    }

    public Integer getReplyDays() {
        return replyDays;
    }

    public void setReplyDays(Integer replyDays) {
        this.replyDays = replyDays;
    }

    public String getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(String reminderDays) {
        this.reminderDays = reminderDays;
    }
}
