package org.rocbap.survey.questionnaire.control;

import java.util.ArrayList;
import java.util.List;
import org.rocbap.survey.cascade.entity.InHouseWorkshop;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.questionnaire.entity.Answer;
import org.rocbap.survey.questionnaire.entity.ReplyAnswers;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.TextRules;

/**
 * What a reply must satisfy. A draft only needs sane numbers; a submitted reply must also be
 * complete where the questionnaire asks for details.
 */
public final class ReplyRules {

    /** More colleagues than this, for one participant, is taken for a typing error. */
    public static final int MAX_COLLEAGUES = 100_000;

    /** A participant's reply links the in-house workshops held after one regional workshop: a few, never hundreds. */
    public static final int MAX_LINKED_IN_HOUSE_WORKSHOPS = 100;

    private ReplyRules() {}

    /** Whether a reply would link more in-house workshops than one may. */
    public static boolean tooManyLinks(int linkedInHouseWorkshops) {
        return linkedInHouseWorkshops > MAX_LINKED_IN_HOUSE_WORKSHOPS;
    }

    /** The rules broken by these answers, with {@code linkedInHouseWorkshops} linked records. */
    public static List<RuleViolation> check(ReplyAnswers answers, boolean submitting, int linkedInHouseWorkshops) {
        List<RuleViolation> violations = new ArrayList<>();
        if (tooManyLinks(linkedInHouseWorkshops)) {
            violations.add(RuleViolation.of(
                    "inHouseWorkshops",
                    "reply.tooManyInHouseWorkshops",
                    linkedInHouseWorkshops,
                    MAX_LINKED_IN_HOUSE_WORKSHOPS));
        }
        number(violations, "colleaguesShared", answers.getColleaguesShared());
        number(violations, "colleaguesLearned", answers.getColleaguesLearned());
        TextRules.check(violations, "othersText", answers.getOthersText(), TextRules.FREE_TEXT);
        TextRules.check(violations, "lessonsUsed", answers.getLessonsUsed(), TextRules.FREE_TEXT);
        TextRules.check(violations, "directEffectsText", answers.getDirectEffectsText(), TextRules.FREE_TEXT);
        TextRules.check(violations, "efficiencyText", answers.getEfficiencyText(), TextRules.FREE_TEXT);
        TextRules.check(violations, "modernizationText", answers.getModernizationText(), TextRules.FREE_TEXT);
        if (answers.getColleaguesShared() != null
                && answers.getColleaguesShared() > 0
                && !answers.isSharedMaterials()) {
            violations.add(RuleViolation.of("colleaguesShared", "reply.colleaguesWithoutSharing"));
        }
        if (!submitting) {
            return violations;
        }
        if (answers.isOthers() && blank(answers.getOthersText())) {
            violations.add(RuleViolation.of("othersText", "reply.othersTextMissing"));
        }
        if (answers.isInHouseWorkshop() && linkedInHouseWorkshops == 0) {
            violations.add(RuleViolation.of("inHouseWorkshops", "reply.inHouseWorkshopMissing"));
        }
        if (answers.getModernization() == Answer.YES && blank(answers.getModernizationText())) {
            violations.add(RuleViolation.of("modernizationText", "reply.projectTextMissing"));
        }
        return violations;
    }

    /** Whether a reply of this participant may link that in-house workshop: their administration's, cascading their workshop. */
    public static boolean linkable(Participant participant, InHouseWorkshop workshop) {
        return workshop.getAdministration().equals(participant.getAdministration())
                && workshop.getRegionalWorkshop()
                        .getId()
                        .equals(participant.getWorkshop().getId());
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
