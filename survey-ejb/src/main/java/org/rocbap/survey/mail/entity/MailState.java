package org.rocbap.survey.mail.entity;

/** Where an outbox message stands: waiting (perhaps after failed attempts), delivered, or given up. */
public enum MailState {
    PENDING,
    SENT,
    FAILED
}
