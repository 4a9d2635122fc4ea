package org.rocbap.survey.round.control;

import java.time.LocalDate;
import java.util.List;
import org.rocbap.survey.questionnaire.entity.ReplyAnswers;

/**
 * A survey round as imported: workshops with their participants (and mission report dates), and the
 * replies. Every entry carries the JSON pointer it was read from, so that a problem can say where it is.
 */
public record RoundDocument(String fiscalYear, List<WorkshopEntry> workshops, List<ReplyEntry> replies) {

    public record WorkshopEntry(
            String pointer,
            String code,
            String title,
            LocalDate startDate,
            LocalDate endDate,
            String venue,
            boolean accreditation,
            List<ParticipantEntry> participants) {}

    /** @param missionReportFiledOn {@code null} when no mission report was filed */
    public record ParticipantEntry(
            String pointer, String administration, String name, String email, LocalDate missionReportFiledOn) {}

    public record ReplyEntry(
            String pointer,
            String workshop,
            String participantEmail,
            LocalDate submittedOn,
            ReplyAnswers answers,
            List<InHouseEntry> inHouseWorkshops) {}

    public record InHouseEntry(String pointer, LocalDate date, String title, Integer attendees) {}
}
