package org.rocbap.survey.shared.time;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.rocbap.survey.shared.config.Configuration;
import org.rocbap.survey.shared.rules.NotFoundException;
import org.rocbap.survey.shared.security.Roles;

/**
 * Moves the server's date, on a server started with {@code SURVEY_CLOCK_ADJUSTABLE=true} only (the
 * integration tests' stack): elsewhere the clock does not exist as a resource at all.
 */
@Stateless
@RolesAllowed(Roles.ROCB_STAFF)
public class ClockService {

    @Inject
    private Configuration configuration;

    @Inject
    private Clock clock;

    public OffsetDateTime now() {
        requireAdjustable();
        return OffsetDateTime.now(clock);
    }

    /**
     * Makes {@code at} the server's time, or else {@code today} its date (keeping the time of day);
     * neither goes back to the real time.
     */
    public OffsetDateTime moveTo(LocalDate today, OffsetDateTime at) {
        requireAdjustable();
        if (at != null) {
            ShiftableClock.moveTo(at.toInstant());
        } else if (today != null) {
            ShiftableClock.moveTo(today);
        } else {
            ShiftableClock.reset();
        }
        return OffsetDateTime.now(clock);
    }

    private void requireAdjustable() {
        if (!configuration.clockAdjustable()) {
            throw new NotFoundException("clock", "system");
        }
    }
}
