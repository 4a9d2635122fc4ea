package org.rocbap.survey.compliance.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.rocbap.survey.missionreport.entity.MissionReportStatus;
import org.rocbap.survey.questionnaire.entity.ReplyStatus;

/**
 * Where one participant stands: mission report and questionnaire reply, with what is still to do
 * decided by the service, so that the pages and the API show the same verdicts.
 *
 * @param acknowledgedBy who acknowledged the mission report, {@code null} if nobody yet
 * @param acknowledgeable whether the caller may acknowledge the report now (filed, not yet acknowledged,
 *     and the caller is a manager of the participant's administration)
 * @param replyStatus {@code null} while there is no reply
 * @param replyDue when the questionnaire reply is due
 * @param missionReportToDo whether the mission report still has to be filed
 * @param replyToDo whether the reply still has to be submitted
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
        String acknowledgedBy,
        OffsetDateTime acknowledgedAt,
        boolean acknowledged,
        boolean acknowledgementOverdue,
        boolean acknowledgeable,
        ReplyStatus replyStatus,
        LocalDate replyDue,
        boolean replyLate,
        boolean missionReportToDo,
        boolean replyToDo) {

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

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public OffsetDateTime getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public boolean isAcknowledged() {
        return acknowledged;
    }

    public boolean isAcknowledgementOverdue() {
        return acknowledgementOverdue;
    }

    public boolean isAcknowledgeable() {
        return acknowledgeable;
    }

    public ReplyStatus getReplyStatus() {
        return replyStatus;
    }

    public LocalDate getReplyDue() {
        return replyDue;
    }

    public boolean isReplyLate() {
        return replyLate;
    }

    public boolean isMissionReportToDo() {
        return missionReportToDo;
    }

    public boolean isReplyToDo() {
        return replyToDo;
    }

    /** Anything left to do for this participant. */
    public boolean isToDo() {
        return missionReportToDo || replyToDo;
    }
}
