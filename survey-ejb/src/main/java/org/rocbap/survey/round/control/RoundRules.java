package org.rocbap.survey.round.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.rocbap.survey.shared.rules.RuleViolation;

/** What a round's calendar must satisfy, whether set on its page or through the API. */
public final class RoundRules {

    public static final int MAX_DELAY_MONTHS = 24;
    public static final int MAX_REPLY_DAYS = 365;
    public static final int MAX_REMINDERS = 5;

    private RoundRules() {}

    public static List<RuleViolation> check(
            LocalDate opensOn, LocalDate closesOn, Integer delayMonths, Integer replyDays, List<Integer> reminderDays) {
        List<RuleViolation> violations = new ArrayList<>();
        if (opensOn == null) {
            violations.add(RuleViolation.of("opensOn", "surveyRound.opensOnMissing"));
        }
        if (closesOn == null) {
            violations.add(RuleViolation.of("closesOn", "surveyRound.closesOnMissing"));
        } else if (opensOn != null && closesOn.isBefore(opensOn)) {
            violations.add(RuleViolation.of("closesOn", "surveyRound.closesBeforeOpening", closesOn, opensOn));
        }
        if (delayMonths == null || delayMonths < 0 || delayMonths > MAX_DELAY_MONTHS) {
            violations.add(RuleViolation.of(
                    "delayMonths", "surveyRound.delayRange", String.valueOf(delayMonths), MAX_DELAY_MONTHS));
        }
        if (replyDays == null || replyDays < 1 || replyDays > MAX_REPLY_DAYS) {
            violations.add(RuleViolation.of(
                    "replyDays", "surveyRound.replyDaysRange", String.valueOf(replyDays), MAX_REPLY_DAYS));
        }
        List<Integer> reminders = reminderDays == null ? List.of() : reminderDays;
        if (reminders.size() > MAX_REMINDERS) {
            violations.add(
                    RuleViolation.of("reminderDays", "surveyRound.tooManyReminders", reminders.size(), MAX_REMINDERS));
        } else if (reminders.stream().anyMatch(Objects::isNull)
                || new HashSet<>(reminders).size() != reminders.size()
                || reminders.stream().anyMatch(days -> days < 1 || (replyDays != null && days >= replyDays))) {
            violations.add(RuleViolation.of(
                    "reminderDays", "surveyRound.reminderRange", String.valueOf(reminders), replyDays));
        }
        return violations;
    }
}
