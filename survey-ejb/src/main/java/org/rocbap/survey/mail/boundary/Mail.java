package org.rocbap.survey.mail.boundary;

/**
 * A mail to write to the outbox.
 *
 * @param eventKey what the mail is for, unique: {@code invitation:123}, {@code reminder:123:7}
 * @param roundId the survey round it belongs to, if any (staff see and pause a round's mail)
 * @param workshopId the workshop it concerns, if any
 * @param kind invitation, reminder, overdue, feedback ...
 */
public record Mail(
        String eventKey, Long roundId, Long workshopId, String kind, String recipient, String subject, String body) {}
