package org.rocbap.survey.shared.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void aTextWithinItsLimitPasses() {
        List<RuleViolation> violations = new ArrayList<>();
        TextRules.check(violations, "title", "t".repeat(300), TextRules.TITLE);
        TextRules.check(violations, "title", null, TextRules.TITLE);
        assertThat(violations).isEmpty();
    }

    @Test
    void aTextTooLongOrHoldingNulIsRefusedWithItsField() {
        List<RuleViolation> violations = new ArrayList<>();
        TextRules.check(violations, "title", "t".repeat(301), TextRules.TITLE);
        TextRules.check(violations, "name", "a\u0000b", TextRules.NAME);
        TextRules.required(violations, "code", "  ", 20, "workshop.codeMissing");

        assertThat(violations)
                .extracting(RuleViolation::field, RuleViolation::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("title", "text.tooLong"),
                        org.assertj.core.groups.Tuple.tuple("name", "text.control"),
                        org.assertj.core.groups.Tuple.tuple("code", "workshop.codeMissing"));
        assertThat(violations.get(0).message()).isEqualTo("This text has 301 characters; at most 300 are accepted.");
    }

    @Test
    void aViolationMovesUnderAPointer() {
        assertThat(RuleViolation.of("email", "participant.emailMissing")
                        .under("/workshops/0/participants/2")
                        .field())
                .isEqualTo("/workshops/0/participants/2/email");
        assertThat(RuleViolation.of(null, "import.nothing").under("/replies/1").field())
                .isEqualTo("/replies/1");
    }
}
