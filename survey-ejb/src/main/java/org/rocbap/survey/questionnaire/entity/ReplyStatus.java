package org.rocbap.survey.questionnaire.entity;

/** Only submitted replies count in the tables; a draft is work in progress. */
public enum ReplyStatus {
    DRAFT,
    SUBMITTED
}
