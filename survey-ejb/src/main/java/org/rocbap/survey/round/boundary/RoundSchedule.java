package org.rocbap.survey.round.boundary;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timer;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.rocbap.survey.shared.security.OnBehalf;
import org.rocbap.survey.shared.security.Roles;

/**
 * Runs the survey rounds' calendar every hour. The timer is persistent, so that a run missed while
 * the server was down happens when it is back; on a cluster it lives in the distributed timer cache,
 * so that one node fires it and another takes it over. Every run is idempotent and one run at a time
 * does the work ({@link SurveyRoundService#runSchedule}), so that a run repeated, or made by two nodes
 * at once, sends nothing twice. It acts as ROCB A/P staff, since it does what they would do by hand.
 */
@Singleton
@RunAs(Roles.ROCB_STAFF)
public class RoundSchedule {

    private static final Logger LOG = Logger.getLogger(RoundSchedule.class.getName());

    @Inject
    private SurveyRoundService rounds;

    @Inject
    private OnBehalf onBehalf;

    @Schedule(hour = "*", minute = "5", persistent = true, info = "survey round calendar")
    void hourly(Timer timer) {
        onBehalf.of("round schedule");
        SurveyRoundService.ScheduleRun run = rounds.runSchedule();
        if (run.invitations() + run.reminders() + run.notices() + run.digests() > 0
                || !run.closedRounds().isEmpty()) {
            LOG.info(() -> "Round schedule of " + run.day() + ": " + run.invitations() + " invitations, "
                    + run.reminders() + " reminders, " + run.notices() + " notices, " + run.digests()
                    + " compliance digests, rounds closed: " + run.closedRounds());
        }
    }
}
