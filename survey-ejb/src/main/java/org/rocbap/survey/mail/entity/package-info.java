/** The outbox every mail is written to before it is sent. */
package org.rocbap.survey.mail.entity;
