/**
 * Mail that is never lost nor doubled: written to the outbox in the transaction of the event that
 * causes it, then delivered through WildFly's mail session with retries.
 */
package org.rocbap.survey.mail.boundary;
