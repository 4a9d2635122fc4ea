package org.rocbap.survey.round.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rocbap.survey.audit.boundary.AuditTrail;
import org.rocbap.survey.mail.boundary.Mail;
import org.rocbap.survey.mail.boundary.MailOutbox;
import org.rocbap.survey.mail.boundary.MailTemplateService;
import org.rocbap.survey.mail.control.MailTemplates;
import org.rocbap.survey.mail.entity.SubjectAndBody;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.publication.boundary.ExampleService;
import org.rocbap.survey.report.boundary.RoundReportService;
import org.rocbap.survey.report.entity.RoundSummary;
import org.rocbap.survey.round.control.FeedbackMail;
import org.rocbap.survey.round.control.RoundCalendar;
import org.rocbap.survey.round.control.RoundRules;
import org.rocbap.survey.round.entity.RoundState;
import org.rocbap.survey.round.entity.SurveyRound;
import org.rocbap.survey.shared.persistence.ClusterLock;
import org.rocbap.survey.shared.rules.ConcurrentChangeException;
import org.rocbap.survey.shared.rules.NotFoundException;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.Roles;
import org.rocbap.survey.workshop.entity.FiscalYear;

/**
 * Survey rounds, run by ROCB A/P staff: a round is planned with its calendar, opened, and closed
 * (by staff, or by itself after its closing date), which sends every participant the feedback. While
 * it is open, {@link #runSchedule} sends what its calendar asks for on the day.
 */
@Stateless
@RolesAllowed(Roles.ROCB_STAFF)
public class SurveyRoundService {

    private static final String SUBJECT = "SurveyRound";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private InvitationService invitations;

    @Inject
    private ExampleService examples;

    @Inject
    private AdministrationNotices administrationNotices;

    @Inject
    private MissionReportNotices missionReportNotices;

    @Inject
    private MailOutbox outbox;

    @Inject
    private MailTemplateService mailTexts;

    @Inject
    private ComplianceDigest complianceDigest;

    @Inject
    private RoundReportService reports;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * A round's calendar.
     *
     * @param delayMonths months after a workshop before its questionnaire goes (6 if not given)
     * @param replyDays days a participant has to reply (28 if not given)
     * @param reminderDays days before the due date on which reminders go (7 and 1 if not given)
     */
    public record RoundPlan(
            LocalDate opensOn, LocalDate closesOn, Integer delayMonths, Integer replyDays, List<Integer> reminderDays) {

        RoundPlan withDefaults() {
            return new RoundPlan(
                    opensOn,
                    closesOn,
                    delayMonths == null ? SurveyRound.DEFAULT_DELAY_MONTHS : delayMonths,
                    replyDays == null ? SurveyRound.DEFAULT_REPLY_DAYS : replyDays,
                    reminderDays == null ? SurveyRound.DEFAULT_REMINDER_DAYS : reminderDays);
        }
    }

    /**
     * What a run of the schedule did.
     *
     * @param notices mails to focal points and managers, and about missing mission reports
     */
    public record ScheduleRun(
            LocalDate day, int invitations, int reminders, int notices, int digests, List<String> closedRounds) {}

    /**
     * Plans the fiscal year's round, or changes the calendar of one not yet closed.
     *
     * @param loadedVersion the version the caller changed, {@code null} for a new round
     */
    public SurveyRound plan(String fiscalYear, Long loadedVersion, RoundPlan given) {
        FiscalYear year = FiscalYear.parseOrRefuse(fiscalYear);
        RoundPlan plan = given.withDefaults();
        WorkflowException.throwIfAny(RoundRules.check(
                plan.opensOn(), plan.closesOn(), plan.delayMonths(), plan.replyDays(), plan.reminderDays()));
        Optional<SurveyRound> existing = find(year);
        ConcurrentChangeException.check(
                "survey round",
                loadedVersion,
                existing.map(SurveyRound::getVersion).orElse(null));
        if (existing.map(r -> !r.isReplannable()).orElse(false)) {
            throw new WorkflowException(RuleViolation.of(null, "surveyRound.closedKeepsCalendar", year.label()));
        }
        SurveyRound round = existing.orElseGet(() -> new SurveyRound(year));
        Map<String, Object> before = existing.isPresent() ? round.snapshot() : Map.of();
        round.plan(plan.opensOn(), plan.closesOn(), plan.delayMonths(), plan.replyDays(), plan.reminderDays());
        if (existing.isEmpty()) {
            em.persist(round);
        }
        em.flush();
        audit.record(
                SUBJECT, round.getId(), null, existing.isEmpty() ? "planned" : "changed", before, round.snapshot());
        return round;
    }

    /** Opens a planned round: from now on its calendar sends the questionnaires. */
    public SurveyRound open(String fiscalYear) {
        SurveyRound round = get(fiscalYear);
        if (!round.isOpenable()) {
            throw new WorkflowException(RuleViolation.of(
                    null, "surveyRound.notOpenable", round.getFiscalYear().label()));
        }
        Map<String, Object> before = round.snapshot();
        round.open();
        audit.record(SUBJECT, round.getId(), null, "opened", before, round.snapshot());
        return round;
    }

    /**
     * Closes an open round and writes the feedback (the round's Tables 1-5) to every participant of
     * its workshops, repliers or not.
     */
    public SurveyRound close(String fiscalYear) {
        SurveyRound round = get(fiscalYear);
        if (!round.isClosable()) {
            throw new WorkflowException(RuleViolation.of(
                    null, "surveyRound.notClosable", round.getFiscalYear().label()));
        }
        closeAndSendFeedback(round);
        return round;
    }

    /** Holds the round's mail back (or lets it go again): nothing is lost meanwhile. */
    public SurveyRound pauseMail(String fiscalYear, boolean paused) {
        SurveyRound round = get(fiscalYear);
        Map<String, Object> before = round.snapshot();
        round.pauseMail(paused);
        audit.record(SUBJECT, round.getId(), null, paused ? "mail paused" : "mail resumed", before, round.snapshot());
        return round;
    }

    /**
     * Does what every open round's calendar asks for today: invitations, reminders, notices after the
     * due date, and closing a round past its closing date. Run every hour by {@link RoundSchedule};
     * staff may run it at once. Running it twice in a day sends nothing twice.
     */
    public ScheduleRun runSchedule() {
        // Two runs at once (two nodes' timers, the timer and a member of staff's "run now") would both
        // see the same invitations due; the second waits for the first and then finds them sent.
        ClusterLock.ROUND_CALENDAR.await(em);
        LocalDate today = LocalDate.now(clock);
        int invited = 0;
        int reminded = 0;
        int notices = 0;
        List<String> closed = new java.util.ArrayList<>();
        for (SurveyRound round : em.createNamedQuery(SurveyRound.FIND_BY_STATE, SurveyRound.class)
                .setParameter("state", RoundState.OPEN)
                .getResultList()) {
            invited += invitations.inviteDue(round, today);
            reminded += invitations.remind(round, today);
            notices += administrationNotices.notify(round, today) + missionReportNotices.notify(round, today);
            if (RoundCalendar.closesBy(round, today)) {
                closeAndSendFeedback(round);
                closed.add(round.getFiscalYear().label());
            }
        }
        // Managers' digests go whether or not a round is open: mission reports are due all year.
        int digests = complianceDigest.sendDue(today);
        return new ScheduleRun(today, invited, reminded, notices, digests, closed);
    }

    @RolesAllowed({Roles.ROCB_STAFF, Roles.ROCB_HEAD})
    public SurveyRound get(String fiscalYear) {
        FiscalYear year = FiscalYear.parseOrRefuse(fiscalYear);
        return find(year).orElseThrow(() -> new NotFoundException("survey round of FY", year.label()));
    }

    @RolesAllowed({Roles.ROCB_STAFF, Roles.ROCB_HEAD})
    public List<SurveyRound> list() {
        return em.createNamedQuery(SurveyRound.FIND_ALL, SurveyRound.class).getResultList();
    }

    private Optional<SurveyRound> find(FiscalYear year) {
        return em.createNamedQuery(SurveyRound.FIND_BY_FISCAL_YEAR, SurveyRound.class)
                .setParameter("fiscalYear", year.label())
                .getResultStream()
                .findFirst();
    }

    private void closeAndSendFeedback(SurveyRound round) {
        Map<String, Object> before = round.snapshot();
        round.close(OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
        String label = round.getFiscalYear().label();
        RoundSummary summary = reports.summary(label);
        Map<Long, List<String>> examplesByWorkshop = examples.approvedByWorkshop(label);
        for (Participant participant : em.createNamedQuery(Participant.FIND_BY_FISCAL_YEAR, Participant.class)
                .setParameter("fiscalYear", label)
                .getResultList()) {
            if (participant.getWorkshop().isAccreditation()) {
                continue;
            }
            SubjectAndBody text = mailTexts.render(
                    "feedback",
                    participant.locale(),
                    participant.getName(),
                    label,
                    FeedbackMail.feedbackTable(summary, participant.locale())
                            + FeedbackMail.feedbackExamples(
                                    examplesByWorkshop.getOrDefault(
                                            participant.getWorkshop().getId(), List.of()),
                                    participant.locale()));
            outbox.enqueue(new Mail(
                    "feedback:" + round.getId() + ":" + participant.getId(),
                    round.getId(),
                    participant.getWorkshop().getId(),
                    participant.getAdministration(),
                    "feedback",
                    participant.getEmail(),
                    text.subject(),
                    text.body(),
                    new Mail.Attachment(
                            MailTemplates.attachmentName("feedback", participant.locale(), label.replace('/', '-')),
                            "text/csv; charset=UTF-8",
                            FeedbackMail.feedbackSpreadsheet(summary, participant.locale()))));
        }
        audit.record(SUBJECT, round.getId(), null, "closed", before, round.snapshot());
    }
}
