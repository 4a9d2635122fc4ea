/**
 * The survey round, which acts over time on the records below it: its calendar, the invitations and
 * personal links, reminders, notices to administrations, the managers' digests, the feedback of the
 * results, and the import of earlier rounds.
 */
package org.rocbap.survey.round.boundary;
