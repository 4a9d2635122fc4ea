package org.rocbap.survey.round.entity;

/** Why a participant does not reply: they cannot, rather than will not. */
public enum NonResponse {
    TRANSFERRED,
    RETIRED,
    LEFT_CUSTOMS,
    UNREACHABLE
}
