package org.rocbap.survey.missionreport.entity;

/** Where a participant stands with their mission report. */
public enum MissionReportStatus {
    /** Filed by the due date. */
    ON_TIME,
    /** Filed after the due date. */
    LATE,
    /** Not filed, and the due date has passed. */
    MISSING,
    /** Not filed yet, but not due yet either. */
    DUE
}
