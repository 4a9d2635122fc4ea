package org.rocbap.survey.questionnaire.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyAnswersTest {

    @Test
    void everyAnswerAppearsUnderItsNameInTheQuestionnairesOrder() {
        ReplyAnswers answers = new ReplyAnswers();
        answers.setSharedMaterials(true);
        answers.setColleaguesShared(12);
        answers.setDirectEffects(Answer.YES);

        assertThat(answers.fields())
                .hasSize(16)
                .containsEntry("sharedMaterials", true)
                .containsEntry("colleaguesShared", 12)
                .containsEntry("directEffects", Answer.YES)
                .containsEntry("modernizationText", null);
        assertThat(answers.fields().keySet())
                .startsWith("sharedMaterials", "colleaguesShared")
                .endsWith("modernizationText");
    }

    @Test
    void aCopyIsEqualAndIndependent() {
        ReplyAnswers answers = new ReplyAnswers();
        answers.setLessonsUsed("Risk profiles");
        ReplyAnswers copy = answers.copy();

        copy.setLessonsUsed("Changed");

        assertThat(answers.getLessonsUsed()).isEqualTo("Risk profiles");
        assertThat(answers.copy()).isEqualTo(answers).hasSameHashCodeAs(answers).isNotEqualTo(copy);
    }

    @Test
    void aReplyRecordsEachAnswerSeparatelyInTheAuditSnapshot() {
        Reply reply = new Reply(null);
        ReplyAnswers answers = new ReplyAnswers();
        answers.setManuals(true);
        reply.answer(answers, java.util.Set.of());
        answers.setManuals(false);

        assertThat(reply.snapshot())
                .containsEntry("manuals", true)
                .containsEntry("status", ReplyStatus.DRAFT)
                .doesNotContainKey("answers");
    }
}
