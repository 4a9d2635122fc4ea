package org.rocbap.survey.questionnaire.entity;

/** The answer to a yes/no question of the questionnaire; a question left unanswered is {@code null}. */
public enum Answer {
    YES,
    NO
}
