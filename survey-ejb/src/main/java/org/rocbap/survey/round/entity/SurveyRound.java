package org.rocbap.survey.round.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rocbap.survey.shared.rules.Invariant;
import org.rocbap.survey.workshop.entity.FiscalYear;

/**
 * A fiscal year's survey: each workshop's questionnaire goes to its participants {@code delayMonths}
 * after the workshop ends, to be answered within {@code replyDays}, with reminders {@code
 * reminderDays} before the due date. Mail goes out only while the round is open; closing it sends
 * every participant the feedback.
 */
@Entity
@Table(name = "survey_round")
@NamedQuery(
        name = SurveyRound.FIND_BY_FISCAL_YEAR,
        query = "SELECT r FROM SurveyRound r WHERE r.fiscalYear = :fiscalYear")
@NamedQuery(
        name = SurveyRound.FIND_BY_STATE,
        query = "SELECT r FROM SurveyRound r WHERE r.state = :state ORDER BY r.fiscalYear")
@NamedQuery(name = SurveyRound.FIND_ALL, query = "SELECT r FROM SurveyRound r ORDER BY r.fiscalYear DESC")
public class SurveyRound implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_FISCAL_YEAR = "SurveyRound.findByFiscalYear";
    public static final String FIND_BY_STATE = "SurveyRound.findByState";
    public static final String FIND_ALL = "SurveyRound.findAll";

    public static final int DEFAULT_DELAY_MONTHS = 6;
    public static final int DEFAULT_REPLY_DAYS = 28;
    public static final List<Integer> DEFAULT_REMINDER_DAYS = List.of(7, 1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_round_seq")
    @SequenceGenerator(name = "survey_round_seq", sequenceName = "survey_round_seq", allocationSize = 50)
    private Long id;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private String fiscalYear;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "delay_months", nullable = false)
    private int delayMonths;

    @Column(name = "reply_days", nullable = false)
    private int replyDays;

    @Column(name = "reminder_days", nullable = false)
    private String reminderDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundState state = RoundState.PLANNED;

    @Column(name = "mail_paused", nullable = false)
    private boolean mailPaused;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Version
    private long version;

    protected SurveyRound() {}

    public SurveyRound(FiscalYear fiscalYear) {
        this.fiscalYear = fiscalYear.label();
    }

    /** Sets the calendar; the rules ({@code RoundRules}) have checked it. */
    public void plan(
            LocalDate opensOn, LocalDate closesOn, int delayMonths, int replyDays, List<Integer> reminderDays) {
        Invariant.require(!closesOn.isBefore(opensOn), "a round closes after it opens");
        Invariant.require(isReplannable(), "a closed round keeps its calendar");
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.delayMonths = delayMonths;
        this.replyDays = replyDays;
        this.reminderDays = reminderDays.stream()
                .sorted((a, b) -> b - a)
                .map(String::valueOf)
                .collect(Collectors.joining(","));
    }

    public void open() {
        Invariant.require(isOpenable(), "only a planned round opens");
        state = RoundState.OPEN;
    }

    public void close(OffsetDateTime at) {
        Invariant.require(isClosable(), "only an open round closes");
        state = RoundState.CLOSED;
        closedAt = at;
    }

    public void pauseMail(boolean paused) {
        mailPaused = paused;
    }

    /** When a workshop that ended on {@code workshopEnd} has its questionnaire sent. */
    public LocalDate invitationDay(LocalDate workshopEnd) {
        return workshopEnd.plusMonths(delayMonths);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("opensOn", opensOn);
        fields.put("closesOn", closesOn);
        fields.put("delayMonths", delayMonths);
        fields.put("replyDays", replyDays);
        fields.put("reminderDays", reminderDays);
        fields.put("state", state);
        fields.put("mailPaused", mailPaused);
        return fields;
    }

    public Long getId() {
        return id;
    }

    public FiscalYear getFiscalYear() {
        return FiscalYear.parse(fiscalYear);
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public int getDelayMonths() {
        return delayMonths;
    }

    public int getReplyDays() {
        return replyDays;
    }

    /** Days before the due date on which reminders go, latest first (7, then 1). */
    public List<Integer> getReminderDays() {
        return reminderDays.isEmpty()
                ? List.of()
                : Arrays.stream(reminderDays.split(",")).map(Integer::valueOf).toList();
    }

    /** Whether the round may be opened: it is planned, and mail has not started. */
    public boolean isOpenable() {
        return state == RoundState.PLANNED;
    }

    /** Whether the round may be closed (and its feedback sent): it is open. */
    public boolean isClosable() {
        return state == RoundState.OPEN;
    }

    /** Whether the round's calendar may still change: until it is closed. */
    public boolean isReplannable() {
        return state != RoundState.CLOSED;
    }

    public RoundState getState() {
        return state;
    }

    public boolean isMailPaused() {
        return mailPaused;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }
}
