package org.rocbap.survey.invitation.entity;

/** Why a participant does not reply: they cannot, rather than will not. */
public enum NonResponse {
    TRANSFERRED,
    RETIRED,
    LEFT_CUSTOMS,
    UNREACHABLE
}
