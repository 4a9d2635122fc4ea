package org.rocbap.survey.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.rocbap.survey.shared.rules.RuleViolation;

class PublishedRoundRulesTest {

    @Test
    void theFiguresOfAPublishedReportAreAccepted() {
        assertThat(PublishedRoundRules.check(new BigDecimal("0.47"), null, 18, "Good Practice Report 2016", 33))
                .isEmpty();
        assertThat(PublishedRoundRules.check(BigDecimal.ONE, BigDecimal.ZERO, 0, null, 33))
                .isEmpty();
    }

    @Test
    void ratesAreFractionsAndAdoptersAtMostTheMembers() {
        assertThat(PublishedRoundRules.check(null, null, null, null, 33))
                .extracting(RuleViolation::key)
                .containsExactly("published.replyRateMissing");
        assertThat(PublishedRoundRules.check(new BigDecimal("47"), new BigDecimal("-0.1"), 34, null, 33))
                .extracting(RuleViolation::field)
                .containsExactly("replyRate", "directEffectsShare", "inHouseAdministrations");
        assertThat(PublishedRoundRules.check(new BigDecimal("0.12345"), null, null, null, 33))
                .extracting(RuleViolation::message)
                .containsExactly(
                        "0.12345 is not a share: write it as a fraction between 0 and 1 with up to four decimals"
                                + " (0.47 for 47 %).");
    }
}
