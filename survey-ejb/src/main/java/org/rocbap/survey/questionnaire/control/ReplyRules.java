package org.rocbap.survey.questionnaire.control;

import java.util.ArrayList;
import java.util.List;
import org.rocbap.survey.questionnaire.entity.Answer;
import org.rocbap.survey.questionnaire.entity.ReplyAnswers;
import org.rocbap.survey.shared.rules.RuleViolation;

/**
 * What a reply must satisfy. A draft only needs sane numbers; a submitted reply must also be
 * complete where the questionnaire asks for details.
 */
public final class ReplyRules {

    /** More colleagues than this, for one participant, is taken for a typing error. */
    public static final int MAX_COLLEAGUES = 100_000;

    private ReplyRules() {}

    /** The rules broken by these answers, with {@code linkedInHouseWorkshops} linked records. */
    public static List<RuleViolation> check(ReplyAnswers answers, boolean submitting, int linkedInHouseWorkshops) {
        List<RuleViolation> violations = new ArrayList<>();
        number(violations, "colleaguesShared", answers.colleaguesShared());
        number(violations, "colleaguesLearned", answers.colleaguesLearned());
        if (answers.colleaguesShared() != null && answers.colleaguesShared() > 0 && !answers.sharedMaterials()) {
            violations.add(RuleViolation.of("colleaguesShared", "reply.colleaguesWithoutSharing"));
        }
        if (!submitting) {
            return violations;
        }
        if (answers.others() && blank(answers.othersText())) {
            violations.add(RuleViolation.of("othersText", "reply.othersTextMissing"));
        }
        if (answers.inHouseWorkshop() && linkedInHouseWorkshops == 0) {
            violations.add(RuleViolation.of("inHouseWorkshops", "reply.inHouseWorkshopMissing"));
        }
        if (answers.modernization() == Answer.YES && blank(answers.modernizationText())) {
            violations.add(RuleViolation.of("modernizationText", "reply.projectTextMissing"));
        }
        return violations;
    }

    private static void number(List<RuleViolation> violations, String field, Integer value) {
        if (value == null) {
            return;
        }
        if (value < 0) {
            violations.add(RuleViolation.of(field, "number.negative", value));
        } else if (value > MAX_COLLEAGUES) {
            violations.add(RuleViolation.of(field, "number.implausible", value, MAX_COLLEAGUES));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
