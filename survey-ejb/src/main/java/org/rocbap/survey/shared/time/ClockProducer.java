package org.rocbap.survey.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock the services ask for the date and time, so that what depends on "today" (due dates,
 * dates in the future, when a round's mail goes out) has a single source that tests can move.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    public Clock clock() {
        return ShiftableClock.SYSTEM;
    }
}
