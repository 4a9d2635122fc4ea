package org.rocbap.survey.round.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rocbap.survey.shared.rules.RuleViolation;

class RoundRulesTest {

    private static final LocalDate OPENS = LocalDate.of(2030, 7, 1);
    private static final LocalDate CLOSES = LocalDate.of(2031, 6, 30);

    @Test
    void theDefaultCalendarPasses() {
        assertThat(RoundRules.check(OPENS, CLOSES, 6, 28, List.of(7, 1))).isEmpty();
        assertThat(RoundRules.check(OPENS, CLOSES, 6, 28, List.of())).isEmpty();
    }

    @Test
    void eachBrokenRuleNamesItsField() {
        assertThat(fields(RoundRules.check(null, null, null, null, null)))
                .containsExactly("opensOn", "closesOn", "delayMonths", "replyDays");
        assertThat(fields(RoundRules.check(CLOSES, OPENS, -1, 400, List.of(7, 1))))
                .containsExactly("closesOn", "delayMonths", "replyDays");
    }

    @Test
    void remindersFallWithinTheReplyPeriodOnceEach() {
        assertThat(fields(RoundRules.check(OPENS, CLOSES, 6, 28, List.of(28)))).containsExactly("reminderDays");
        assertThat(fields(RoundRules.check(OPENS, CLOSES, 6, 28, List.of(7, 7))))
                .containsExactly("reminderDays");
        assertThat(fields(RoundRules.check(OPENS, CLOSES, 6, 28, List.of(0)))).containsExactly("reminderDays");
        assertThat(fields(RoundRules.check(OPENS, CLOSES, 6, 28, Arrays.asList(7, null))))
                .containsExactly("reminderDays");
        assertThat(fields(RoundRules.check(OPENS, CLOSES, 6, 28, List.of(1, 2, 3, 4, 5, 6))))
                .containsExactly("reminderDays");
    }

    private static List<String> fields(List<RuleViolation> violations) {
        return violations.stream().map(RuleViolation::field).toList();
    }
}
