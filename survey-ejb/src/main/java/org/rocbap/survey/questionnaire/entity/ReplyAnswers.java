package org.rocbap.survey.questionnaire.entity;

/**
 * What a participant answered, question by question, as in the appendix of the Good Practice Report.
 *
 * @param sharedMaterials Q1: shared the training materials
 * @param colleaguesShared Q1: with how many colleagues
 * @param submittedReport Q1: submitted a mission report to superiors
 * @param recommendations Q1: made recommendations to management
 * @param inHouseWorkshop Q1: organised an in-house workshop to cascade the lessons
 * @param manuals Q1: developed or updated operation manuals
 * @param others Q1: other actions
 * @param othersText Q1: which
 * @param colleaguesLearned Q1bis: how many colleagues learned from the shared materials (estimate)
 * @param lessonsUsed Q2: how the lessons are used in the administration
 * @param directEffects Q3: direct effects observed
 * @param directEffectsText Q3: which
 * @param efficiency Q4: contributed to efficiency and effectiveness
 * @param efficiencyText Q4: how, or why not
 * @param modernization Q5: a modernization project initiated as a result
 * @param modernizationText Q5: which
 */
public record ReplyAnswers(
        boolean sharedMaterials,
        Integer colleaguesShared,
        boolean submittedReport,
        boolean recommendations,
        boolean inHouseWorkshop,
        boolean manuals,
        boolean others,
        String othersText,
        Integer colleaguesLearned,
        String lessonsUsed,
        Answer directEffects,
        String directEffectsText,
        Answer efficiency,
        String efficiencyText,
        Answer modernization,
        String modernizationText) {

    /** A questionnaire with nothing ticked or answered. */
    public static ReplyAnswers blank() {
        return new ReplyAnswers(
                false, null, false, false, false, false, false, null, null, null, null, null, null, null, null, null);
    }
}
