package org.rocbap.survey.mail.boundary;

/**
 * A mail to write to the outbox.
 *
 * @param eventKey what the mail is for, unique: {@code invitation:123}, {@code reminder:123:7}
 * @param roundId the survey round it belongs to, if any (staff see and pause a round's mail)
 * @param workshopId the workshop it concerns, if any
 * @param administration the code of the recipient's administration, whose working hours it waits for;
 *     {@code null} to send at once
 * @param kind invitation, reminder, overdue, feedback ...
 * @param attachment a file the mail carries, or {@code null}
 */
public record Mail(
        String eventKey,
        Long roundId,
        Long workshopId,
        String administration,
        String kind,
        String recipient,
        String subject,
        String body,
        Attachment attachment) {

    /** A file attached to a mail. */
    public record Attachment(String name, String type, byte[] content) {}

    public Mail(
            String eventKey,
            Long roundId,
            Long workshopId,
            String administration,
            String kind,
            String recipient,
            String subject,
            String body) {
        this(eventKey, roundId, workshopId, administration, kind, recipient, subject, body, null);
    }
}
