package org.rocbap.survey.round.entity;

/** Where a survey round stands: its mail goes out only while it is open. */
public enum RoundState {
    PLANNED,
    OPEN,
    CLOSED
}
