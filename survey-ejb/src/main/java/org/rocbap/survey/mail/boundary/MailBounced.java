package org.rocbap.survey.mail.boundary;

/**
 * A mail the recipient's server refused for good. Fired (as a CDI event) in the transaction that
 * records the failure, so that whoever the mail was for can be marked unreachable with it.
 *
 * @param eventKey what the mail was for ({@code invitation:123}, {@code reminder:123:7} ...)
 * @param reason the mail server's answer
 */
public record MailBounced(String eventKey, String recipient, String reason) {}
