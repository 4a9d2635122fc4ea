package org.rocbap.survey.round.boundary;

/** What an import created and changed; a record that was already as imported counts in neither. */
public record ImportResult(
        Counts workshops,
        Counts participants,
        Counts missionReports,
        Counts replies,
        Counts inHouseWorkshops,
        Counts projects) {

    public record Counts(int created, int updated) {}
}
