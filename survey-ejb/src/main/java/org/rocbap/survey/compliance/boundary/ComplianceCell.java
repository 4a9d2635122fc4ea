package org.rocbap.survey.compliance.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.rocbap.survey.missionreport.entity.MissionReportStatus;
import org.rocbap.survey.questionnaire.entity.ReplyStatus;

/**
 * What one administration did after one regional workshop: its participants' mission reports and
 * replies, and the in-house workshops cascading it. The records behind the counts travel with them,
 * so that a click on the cell shows exactly what was counted.
 */
public record ComplianceCell(
        String administration, String workshopCode, List<ComplianceRow> participants, List<Cascade> inHouse)
        implements Serializable {

    /** An in-house workshop the administration held to cascade the regional workshop. */
    public record Cascade(String administration, String workshopCode, LocalDate heldOn, String title, int attendees)
            implements Serializable {}

    public ComplianceCell {
        participants = List.copyOf(participants);
        inHouse = List.copyOf(inHouse);
    }

    /**
     * Every count of the cell in one order, for whatever lists them all (the grid's download, the
     * sentence read to screen-reader users): participants; mission reports on time, late, missing,
     * not yet due; replies submitted, drafts, none; in-house workshops.
     */
    public List<Integer> counts() {
        return List.of(
                participants.size(),
                onTime(),
                late(),
                missing(),
                notYetDue(),
                submitted(),
                drafts(),
                noReply(),
                inHouseWorkshops());
    }

    public int onTime() {
        return reports(MissionReportStatus.ON_TIME);
    }

    public int late() {
        return reports(MissionReportStatus.LATE);
    }

    public int missing() {
        return reports(MissionReportStatus.MISSING);
    }

    public int notYetDue() {
        return reports(MissionReportStatus.DUE);
    }

    public int submitted() {
        return replies(ReplyStatus.SUBMITTED);
    }

    public int drafts() {
        return replies(ReplyStatus.DRAFT);
    }

    /** Participants with no reply at all, not even a draft. */
    public int noReply() {
        return replies(null);
    }

    public int inHouseWorkshops() {
        return inHouse.size();
    }

    private int reports(MissionReportStatus status) {
        return (int)
                participants.stream().filter(p -> p.missionReport() == status).count();
    }

    private int replies(ReplyStatus status) {
        return (int)
                participants.stream().filter(p -> p.replyStatus() == status).count();
    }
}
