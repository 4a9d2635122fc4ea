package org.rocbap.survey.workshop.control;

import java.time.LocalDate;
import org.rocbap.survey.shared.config.FollowUpSettings;
import org.rocbap.survey.workshop.entity.Workshop;

/**
 * When follow-up is due after a workshop: the mission reports, their acknowledgement and the
 * questionnaire reply. Every capability that counts a deadline from a workshop asks here.
 */
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

    /** True when a report filed on {@code filedOn} still waits for its manager after the acknowledgement period. */
    public boolean acknowledgementOverdue(LocalDate filedOn, boolean acknowledged, LocalDate today) {
        return filedOn != null && !acknowledged && today.isAfter(acknowledgementDue(filedOn));
    }
}
