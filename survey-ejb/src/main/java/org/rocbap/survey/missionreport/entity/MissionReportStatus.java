package org.rocbap.survey.missionreport.entity;

import java.time.LocalDate;

/** Where a participant stands with their mission report. */
public enum MissionReportStatus {
    /** Filed by the due date. */
    ON_TIME,
    /** Filed after the due date. */
    LATE,
    /** Not filed, and the due date has passed. */
    MISSING,
    /** Not filed yet, but not due yet either. */
    DUE;

    /** Where a report due on {@code due} stands on {@code today}; {@code filedOn} is null while none is filed. */
    public static MissionReportStatus of(LocalDate due, LocalDate filedOn, LocalDate today) {
        if (filedOn == null) {
            return today.isAfter(due) ? MISSING : DUE;
        }
        return filedOn.isAfter(due) ? LATE : ON_TIME;
    }
}
