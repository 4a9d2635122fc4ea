package org.rocbap.survey.publication.entity;

/** An administration's answer to being quoted in the report. */
public enum Consent {
    REQUESTED,
    APPROVED,
    DECLINED
}
