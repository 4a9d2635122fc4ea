package org.rocbap.survey.mail.entity;

import java.io.Serializable;

/** A mail's subject and body: a wording's patterns, or a mail filled in for one recipient. */
public record SubjectAndBody(String subject, String body) implements Serializable {}
