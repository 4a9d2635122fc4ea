package org.rocbap.survey.participation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.rocbap.survey.shared.rules.RuleViolation;

class ParticipantRulesTest {

    private static final Predicate<String> MEMBERS = Set.of("FJI", "WSM")::contains;

    @Test
    void aParticipantOfAMemberWithNameAndEmailBreaksNoRule() {
        assertThat(ParticipantRules.check("FJI", "Mere Silva", "mere.silva@frcs.org.fj", MEMBERS))
                .isEmpty();
        assertThat(ParticipantRules.check(" WSM ", "Tavita", " Tavita@Customs.gov.ws ", MEMBERS))
                .isEmpty();
    }

    @Test
    void everyBrokenRuleIsReportedWithItsField() {
        assertThat(ParticipantRules.check("XYZ", "", "not-an-email", MEMBERS))
                .extracting(RuleViolation::field, RuleViolation::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("administration", "administration.unknown"),
                        org.assertj.core.groups.Tuple.tuple("name", "participant.nameMissing"),
                        org.assertj.core.groups.Tuple.tuple("email", "participant.emailInvalid"));
        assertThat(ParticipantRules.check(null, "N", null, MEMBERS))
                .extracting(RuleViolation::key)
                .containsExactly("administration.missing", "participant.emailMissing");
    }

    @Test
    void anAddressWithAControlCharacterOrTooLongIsNoAddress() {
        assertThat(ParticipantRules.check("FJI", "N", "a\u0000b@x.org", MEMBERS))
                .extracting(RuleViolation::field)
                .containsExactly("email");
        assertThat(ParticipantRules.check("FJI", "N", "a".repeat(250) + "@x.org", MEMBERS))
                .extracting(RuleViolation::field)
                .containsExactly("email");
    }

    @Test
    void aWrongValueQuotedInAMessageStaysShort() {
        String message = ParticipantRules.check("FJI", "N", "x".repeat(300), MEMBERS)
                .get(0)
                .message();

        assertThat(message).hasSizeLessThan(120).contains("…");
    }
}
