package org.rocbap.survey.missionreport.control;

import java.time.LocalDate;
import org.rocbap.survey.missionreport.entity.MissionReportStatus;
import org.rocbap.survey.shared.config.FollowUpSettings;
import org.rocbap.survey.workshop.entity.Workshop;

/** When follow-up is due after a workshop, and whether it came on time. */
public final class DueDates {

    private final FollowUpSettings settings;

    public DueDates(FollowUpSettings settings) {
        this.settings = settings;
    }

    public LocalDate missionReportDue(Workshop workshop) {
        return missionReportDue(workshop.getEndDate());
    }

    public LocalDate missionReportDue(LocalDate workshopEnd) {
        return workshopEnd.plusDays(settings.missionReportDueDays());
    }

    public LocalDate acknowledgementDue(LocalDate filedOn) {
        return filedOn.plusDays(settings.acknowledgementDays());
    }

    public LocalDate replyDue(Workshop workshop) {
        return replyDue(workshop.getEndDate());
    }

    public LocalDate replyDue(LocalDate workshopEnd) {
        return workshopEnd.plusDays(settings.replyDueDays());
    }

    /** On time, late, missing or not yet due, as of {@code today}; {@code filedOn} is null while none is filed. */
    public MissionReportStatus status(Workshop workshop, LocalDate filedOn, LocalDate today) {
        return status(workshop.getEndDate(), filedOn, today);
    }

    /** Like {@link #status(Workshop, LocalDate, LocalDate)}, for a workshop that ended on {@code workshopEnd}. */
    public MissionReportStatus status(LocalDate workshopEnd, LocalDate filedOn, LocalDate today) {
        LocalDate due = missionReportDue(workshopEnd);
        if (filedOn == null) {
            return today.isAfter(due) ? MissionReportStatus.MISSING : MissionReportStatus.DUE;
        }
        return filedOn.isAfter(due) ? MissionReportStatus.LATE : MissionReportStatus.ON_TIME;
    }

    /** True when a report filed on {@code filedOn} still waits for its manager after the acknowledgement period. */
    public boolean acknowledgementOverdue(LocalDate filedOn, boolean acknowledged, LocalDate today) {
        return filedOn != null && !acknowledged && today.isAfter(acknowledgementDue(filedOn));
    }
}
