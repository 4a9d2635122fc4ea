package org.rocbap.survey.project.entity;

/** The life of a modernization project. */
public enum ProjectStatus {
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    DROPPED
}
