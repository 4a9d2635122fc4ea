package org.rocbap.survey.round.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rocbap.survey.round.entity.RoundState;
import org.rocbap.survey.round.entity.SurveyRound;

/**
 * What a round's calendar asks for on a given day. Every answer depends on the day alone, never on
 * what ran before, so that a run missed (the server was down) is made up by the next one and a run
 * repeated asks for nothing new: the outbox's event keys keep each mail single.
 */
public final class RoundCalendar {

    private static final int DEFAULT_LIST_DAYS = 7;
    private static final int REPORT_NOTICE_DAYS = 14;

    private RoundCalendar() {}

    /** Whether a workshop that ended on {@code workshopEnd} has its questionnaire sent on {@code today}. */
    public static boolean invitationDue(SurveyRound round, LocalDate workshopEnd, LocalDate today) {
        return round.getState() == RoundState.OPEN
                && !today.isBefore(round.getOpensOn())
                && !today.isAfter(round.getClosesOn())
                && !today.isBefore(round.invitationDay(workshopEnd));
    }

    /**
     * The reminder due on {@code today} for a reply due on {@code dueOn}: the offset (days before the
     * due date) of the latest reminder whose day has come, while the due date has not passed.
     */
    public static Optional<Integer> reminderDue(SurveyRound round, LocalDate dueOn, LocalDate today) {
        if (today.isAfter(dueOn)) {
            return Optional.empty();
        }
        List<Integer> offsets = round.getReminderDays();
        return offsets.stream()
                .filter(days -> !today.isBefore(dueOn.minusDays(days)))
                .min(Integer::compare);
    }

    /**
     * Whether the focal points get the list of their administration's non-repliers on {@code today}:
     * from the first reminder's day (7 days before the due date if the round has no reminders) until
     * the due date.
     */
    public static boolean administrationReminderDue(SurveyRound round, LocalDate dueOn, LocalDate today) {
        int earliest = round.getReminderDays().stream().max(Integer::compare).orElse(DEFAULT_LIST_DAYS);
        return !today.isBefore(dueOn.minusDays(earliest)) && !today.isAfter(dueOn);
    }

    /**
     * Whether the notice of a mission report missing at its due date still goes on {@code today}: for
     * two weeks after it, so that a round opened late does not bring up long-past reports.
     */
    public static boolean reportNoticeDue(LocalDate reportDue, LocalDate today) {
        return today.isAfter(reportDue) && !today.isAfter(reportDue.plusDays(REPORT_NOTICE_DAYS));
    }

    /** Whether the one notice after the due date goes on {@code today}. */
    public static boolean overdue(LocalDate dueOn, LocalDate today) {
        return today.isAfter(dueOn);
    }

    /** Whether an open round has passed its closing date, and closes by itself. */
    public static boolean closesBy(SurveyRound round, LocalDate today) {
        return round.getState() == RoundState.OPEN && today.isAfter(round.getClosesOn());
    }
}
