package org.rocbap.survey.compliance.boundary;

import java.io.Serializable;

/**
 * One administration's follow-up of a fiscal year's workshops.
 *
 * @param participants participants it sent
 * @param onTime mission reports filed by the due date
 * @param late mission reports filed after it
 * @param missing participants with no report although it is due
 * @param notYetDue participants whose report is not due yet
 * @param inHouseWorkshops in-house workshops cascading that year's workshops
 * @param inHouseAttendees their attendees, summed
 */
public record AdministrationCompliance(
        String administration,
        int participants,
        int onTime,
        int late,
        int missing,
        int notYetDue,
        int inHouseWorkshops,
        int inHouseAttendees)
        implements Serializable {}
