package org.rocbap.survey.mail.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * When a mail may reach an administration's people: from 09:00 to 17:00 on the days its offices are
 * open, in its own time zone. A questionnaire that arrives at 3 a.m. sinks under the morning's mail;
 * one that arrives at 9 is read.
 */
public final class WorkingHours {

    static final LocalTime OPENS = LocalTime.of(9, 0);
    static final LocalTime CLOSES = LocalTime.of(17, 0);

    private WorkingHours() {}

    /**
     * The first moment from {@code now} on that falls in the administration's working hours: {@code now}
     * itself during them, otherwise 09:00 of its next open day.
     */
    public static Instant next(Instant now, ZoneId zone, Set<DayOfWeek> closedDays) {
        if (closedDays.size() >= DayOfWeek.values().length) {
            throw new IllegalArgumentException("an administration is open on some day of the week");
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        if (!closedDays.contains(local.getDayOfWeek()) && !time.isBefore(OPENS) && time.isBefore(CLOSES)) {
            return now;
        }
        LocalDateTime day = local.toLocalDate().atTime(OPENS);
        if (!time.isBefore(OPENS)) {
            day = day.plusDays(1);
        }
        while (closedDays.contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        // A gap (daylight saving) at 09:00 moves it forward to the first time that exists.
        return day.atZone(zone).toInstant();
    }
}
