package org.rocbap.survey.shared.time;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
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
    private Clock clock;

    public LocalDate today() {
        requireAdjustable();
        return LocalDate.now(clock);
    }

    /** Makes {@code today} the server's date; {@code null} goes back to the real one. */
    public LocalDate moveTo(LocalDate today) {
        requireAdjustable();
        if (today == null) {
            ShiftableClock.reset();
        } else {
            ShiftableClock.moveTo(today);
        }
        return LocalDate.now(clock);
    }

    private static void requireAdjustable() {
        if (!ShiftableClock.adjustable()) {
            throw new NotFoundException("clock", "system");
        }
    }
}
