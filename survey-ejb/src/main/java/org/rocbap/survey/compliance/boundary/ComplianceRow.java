package org.rocbap.survey.compliance.boundary;

import java.time.LocalDate;
import org.rocbap.survey.missionreport.entity.MissionReportStatus;

/**
 * Where one participant stands: mission report and questionnaire reply.
 *
 * @param replyStatus {@code NONE}, {@code DRAFT} or {@code SUBMITTED}
 * @param replyDue when the questionnaire reply is due
 */
public record ComplianceRow(
        Long participantId,
        String participantName,
        String email,
        String administration,
        String workshopCode,
        String workshopTitle,
        LocalDate missionReportDue,
        MissionReportStatus missionReport,
        LocalDate filedOn,
        boolean acknowledged,
        boolean acknowledgementOverdue,
        String replyStatus,
        LocalDate replyDue,
        boolean replyLate) {

    /** Names that Jakarta EL 5 can read (it does not see record components). */
    public Long getParticipantId() {
        return participantId;
    }

    public String getParticipantName() {
        return participantName;
    }

    public String getEmail() {
        return email;
    }

    public String getAdministration() {
        return administration;
    }

    public String getWorkshopCode() {
        return workshopCode;
    }

    public String getWorkshopTitle() {
        return workshopTitle;
    }

    public LocalDate getMissionReportDue() {
        return missionReportDue;
    }

    public MissionReportStatus getMissionReport() {
        return missionReport;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public boolean isAcknowledged() {
        return acknowledged;
    }

    public boolean isAcknowledgementOverdue() {
        return acknowledgementOverdue;
    }

    public String getReplyStatus() {
        return replyStatus;
    }

    public LocalDate getReplyDue() {
        return replyDue;
    }

    public boolean isReplyLate() {
        return replyLate;
    }
}
