package org.rocbap.survey.missionreport.control;

import java.time.LocalDate;
import org.rocbap.survey.missionreport.entity.MissionReport;
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
        return workshop.getEndDate().plusDays(settings.missionReportDueDays());
    }

    public LocalDate acknowledgementDue(MissionReport report) {
        return report.getFiledOn().plusDays(settings.acknowledgementDays());
    }

    public LocalDate replyDue(Workshop workshop) {
        return workshop.getEndDate().plusDays(settings.replyDueDays());
    }

    /** On time, late, missing or not yet due, as of {@code today}; {@code report} may be null. */
    public MissionReportStatus status(Workshop workshop, MissionReport report, LocalDate today) {
        LocalDate due = missionReportDue(workshop);
        if (report == null) {
            return today.isAfter(due) ? MissionReportStatus.MISSING : MissionReportStatus.DUE;
        }
        return report.getFiledOn().isAfter(due) ? MissionReportStatus.LATE : MissionReportStatus.ON_TIME;
    }

    /** True when a filed report still waits for its manager after the acknowledgement period. */
    public boolean acknowledgementOverdue(MissionReport report, LocalDate today) {
        return report != null && !report.isAcknowledged() && today.isAfter(acknowledgementDue(report));
    }
}
