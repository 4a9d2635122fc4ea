package org.rocbap.survey.shared.time;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock, moved forward or back by a shift that only a server started with
 * {@code SURVEY_CLOCK_ADJUSTABLE=true} accepts: the integration tests run a survey round's six months
 * in minutes on the real stack. In production the shift stays zero and cannot be set.
 *
 * <p>The shift lives in the JVM, so on a cluster each node has its own; the test stack moves every
 * node's.
 */
public final class ShiftableClock extends Clock implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final ShiftableClock SYSTEM = new ShiftableClock(ZoneId.systemDefault());

    private static final AtomicReference<Duration> SHIFT = new AtomicReference<>(Duration.ZERO);

    private final ZoneId zone;

    private ShiftableClock(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Moves the clock so that today is {@code today} (the time of day stays the real one).
     *
     * @throws IllegalStateException on a server that does not allow it
     */
    public static void moveTo(LocalDate today) {
        LocalDate real = LocalDate.now(Clock.system(SYSTEM.zone));
        SHIFT.set(Duration.ofDays(today.toEpochDay() - real.toEpochDay()));
    }

    /**
     * Moves the clock so that it is {@code at} now, to the second: mail waits for the working hours of
     * its recipients, so the tests choose the hour as well as the day.
     *
     * @throws IllegalStateException on a server that does not allow it
     */
    public static void moveTo(Instant at) {
        SHIFT.set(Duration.between(Instant.now(), at));
    }

    /** Back to the real date. */
    public static void reset() {
        SHIFT.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new ShiftableClock(other);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(SHIFT.get());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ShiftableClock clock && clock.zone.equals(zone);
    }

    @Override
    public int hashCode() {
        return zone.hashCode();
    }

    @Serial
    private Object readResolve() {
        return zone.equals(SYSTEM.zone) ? SYSTEM : this;
    }
}
