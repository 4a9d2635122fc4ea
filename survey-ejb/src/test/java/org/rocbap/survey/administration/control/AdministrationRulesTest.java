package org.rocbap.survey.administration.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rocbap.survey.shared.rules.RuleViolation;

class AdministrationRulesTest {

    @Test
    void aMemberCodeIsAccepted() {
        assertThat(AdministrationRules.check(" FJI ", Set.of("FJI")::contains)).isEmpty();
    }

    @Test
    void aMissingOrUnknownCodeIsRefusedWithTheFieldNamed() {
        assertThat(AdministrationRules.check(null, c -> true))
                .extracting(RuleViolation::field, RuleViolation::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("administration", "administration.missing"));
        assertThat(AdministrationRules.check("FJIX", c -> true))
                .extracting(RuleViolation::key)
                .containsExactly("administration.unknown");
        assertThat(AdministrationRules.check("XYZ", Set.of("FJI")::contains))
                .extracting(RuleViolation::message)
                .containsExactly(
                        "XYZ is not a WCO Asia/Pacific member administration (use its ISO 3166-1 alpha-3 code, e.g. FJI).");
    }
}
