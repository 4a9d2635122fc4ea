package org.rocbap.survey.compliance.boundary;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
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
        boolean replyToDo)
        implements Serializable {

    /** Names that Jakarta EL 5 can read (it does not see record components). */
    @JsonbTransient
    public Long getParticipantId() {
        return participantId;
    }

    @JsonbTransient
    public String getParticipantName() {
        return participantName;
    }

    @JsonbTransient
    public String getEmail() {
        return email;
    }

    @JsonbTransient
    public String getAdministration() {
        return administration;
    }

    @JsonbTransient
    public String getWorkshopCode() {
        return workshopCode;
    }

    @JsonbTransient
    public String getWorkshopTitle() {
        return workshopTitle;
    }

    @JsonbTransient
    public LocalDate getMissionReportDue() {
        return missionReportDue;
    }

    @JsonbTransient
    public MissionReportStatus getMissionReport() {
        return missionReport;
    }

    @JsonbTransient
    public LocalDate getFiledOn() {
        return filedOn;
    }

    @JsonbTransient
    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    @JsonbTransient
    public OffsetDateTime getAcknowledgedAt() {
        return acknowledgedAt;
    }

    @JsonbTransient
    public boolean isAcknowledged() {
        return acknowledged;
    }

    @JsonbTransient
    public boolean isAcknowledgementOverdue() {
        return acknowledgementOverdue;
    }

    @JsonbTransient
    public boolean isAcknowledgeable() {
        return acknowledgeable;
    }

    @JsonbTransient
    public ReplyStatus getReplyStatus() {
        return replyStatus;
    }

    @JsonbTransient
    public LocalDate getReplyDue() {
        return replyDue;
    }

    @JsonbTransient
    public boolean isReplyLate() {
        return replyLate;
    }

    @JsonbTransient
    public boolean isMissionReportToDo() {
        return missionReportToDo;
    }

    @JsonbTransient
    public boolean isReplyToDo() {
        return replyToDo;
    }

    /** Anything left to do for this participant. */
    @JsonbTransient
    public boolean isToDo() {
        return missionReportToDo || replyToDo;
    }
}
