package org.rocbap.survey.questionnaire.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rocbap.survey.questionnaire.entity.Answer;
import org.rocbap.survey.questionnaire.entity.ReplyAnswers;
import org.rocbap.survey.shared.rules.RuleViolation;

class ReplyRulesTest {

    @Test
    void aDraftOnlyNeedsSaneNumbers() {
        ReplyAnswers answers = answers(true, -3, true, false, null);

        List<RuleViolation> violations = ReplyRules.check(answers, false, 0);

        assertThat(violations).extracting(RuleViolation::field).containsExactly("colleaguesShared");
        assertThat(violations.get(0).message()).contains("cannot be negative");
    }

    @Test
    void absurdFiguresAreRefusedWithTheLimit() {
        List<RuleViolation> violations = ReplyRules.check(answers(true, 2_000_000, false, false, null), false, 0);

        assertThat(violations)
                .singleElement()
                .extracting(RuleViolation::message)
                .asString()
                .contains("2,000,000")
                .contains("100,000");
    }

    @Test
    void submittingAnInHouseWorkshopNeedsALinkedRecord() {
        ReplyAnswers answers = answers(true, 30, true, false, null);

        assertThat(ReplyRules.check(answers, true, 0))
                .extracting(RuleViolation::key)
                .containsExactly("reply.inHouseWorkshopMissing");
        assertThat(ReplyRules.check(answers, true, 1)).isEmpty();
        assertThat(ReplyRules.check(answers, false, 0)).isEmpty();
    }

    @Test
    void aReplyLinksAHundredInHouseWorkshopsAtMostWhicheverWayItComes() {
        ReplyAnswers answers = answers(true, 30, true, false, null);

        assertThat(ReplyRules.check(answers, true, 100)).isEmpty();
        assertThat(ReplyRules.check(answers, false, 101))
                .singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("inHouseWorkshops"))
                .extracting(RuleViolation::key)
                .isEqualTo("reply.tooManyInHouseWorkshops");
    }

    @Test
    void aYesToQuestionFiveNeedsTheProjectDescribed() {
        assertThat(ReplyRules.check(answers(false, null, false, false, ""), true, 0))
                .extracting(RuleViolation::key)
                .containsExactly("reply.projectTextMissing");
        assertThat(ReplyRules.check(answers(false, null, false, false, "Risk engine"), true, 0))
                .isEmpty();
    }

    @Test
    void othersNeedsToSayWhich() {
        assertThat(ReplyRules.check(answers(false, null, false, true, null), true, 0))
                .extracting(RuleViolation::key)
                .contains("reply.othersTextMissing");
    }

    @Test
    void colleaguesWithoutSharingIsContradictory() {
        assertThat(ReplyRules.check(answers(false, 12, false, false, null), false, 0))
                .extracting(RuleViolation::key)
                .containsExactly("reply.colleaguesWithoutSharing");
    }

    private static ReplyAnswers answers(
            boolean shared, Integer colleagues, boolean inHouse, boolean others, String q5) {
        return new ReplyAnswers(
                shared,
                colleagues,
                false,
                false,
                inHouse,
                false,
                others,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                q5 == null ? null : Answer.YES,
                q5);
    }
}
