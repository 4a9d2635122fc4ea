package org.rocbap.survey.publication.entity;

import java.util.function.Function;
import org.rocbap.survey.questionnaire.entity.ReplyAnswers;

/** The questionnaire's free-text answers the report quotes, each under its chapter. */
public enum QuotedQuestion {
    Q1_OTHERS(ReportPart.FOLLOW_UP, "othersText", ReplyAnswers::getOthersText),
    Q2_LESSONS(ReportPart.FOLLOW_UP, "lessonsUsed", ReplyAnswers::getLessonsUsed),
    Q3_EFFECTS(ReportPart.DIRECT_EFFECTS, "directEffectsText", ReplyAnswers::getDirectEffectsText),
    Q4_EFFICIENCY(ReportPart.EFFICIENCY, "efficiencyText", ReplyAnswers::getEfficiencyText),
    Q5_MODERNIZATION(ReportPart.MODERNIZATION, "modernizationText", ReplyAnswers::getModernizationText);

    private final ReportPart chapter;
    private final String field;
    private final Function<ReplyAnswers, String> answer;

    QuotedQuestion(ReportPart chapter, String field, Function<ReplyAnswers, String> answer) {
        this.chapter = chapter;
        this.field = field;
        this.answer = answer;
    }

    /** The answer's attribute in {@link ReplyAnswers}, for queries. */
    public String field() {
        return field;
    }

    public ReportPart chapter() {
        return chapter;
    }

    /** What a reply answered to this question, {@code null} or blank if nothing. */
    public String answerIn(ReplyAnswers answers) {
        return answer.apply(answers);
    }
}
