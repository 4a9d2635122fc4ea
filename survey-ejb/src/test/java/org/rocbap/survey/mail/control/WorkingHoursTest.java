package org.rocbap.survey.mail.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

    private static final ZoneId FIJI = ZoneId.of("Pacific/Fiji");
    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    @Test
    void duringWorkingHoursTheMailGoesAtOnce() {
        // Tuesday 1 December 2026, 10:30 in Suva.
        Instant tuesdayMorning = at("2026-12-01T10:30+12:00");
        assertThat(WorkingHours.next(tuesdayMorning, FIJI, WEEKEND)).isEqualTo(tuesdayMorning);
    }

    @Test
    void beforeOpeningItWaitsForNineThatDay() {
        assertThat(WorkingHours.next(at("2026-12-01T03:00+12:00"), FIJI, WEEKEND))
                .isEqualTo(at("2026-12-01T09:00+12:00"));
    }

    @Test
    void atClosingItWaitsForTheNextMorning() {
        assertThat(WorkingHours.next(at("2026-12-01T17:00+12:00"), FIJI, WEEKEND))
                .isEqualTo(at("2026-12-02T09:00+12:00"));
    }

    @Test
    void afterFridaysClosingItWaitsForMonday() {
        assertThat(WorkingHours.next(at("2026-12-04T18:00+12:00"), FIJI, WEEKEND))
                .isEqualTo(at("2026-12-07T09:00+12:00"));
    }

    @Test
    void theHourIsTheAdministrationsNotTheServers() {
        // 23:00 UTC on a Monday is 11:00 on Tuesday in Suva, but 02:30 on Tuesday in Tehran.
        Instant lateMondayUtc = at("2026-11-30T23:00Z");
        assertThat(WorkingHours.next(lateMondayUtc, FIJI, WEEKEND)).isEqualTo(lateMondayUtc);
        assertThat(WorkingHours.next(
                        lateMondayUtc, ZoneId.of("Asia/Tehran"), EnumSet.of(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)))
                .isEqualTo(at("2026-12-01T09:00+03:30"));
    }

    @Test
    void anotherWeekendIsSkippedToo() {
        // Wednesday evening in Tehran: Thursday and Friday are closed, so Saturday morning.
        assertThat(WorkingHours.next(
                        at("2026-12-02T20:00+03:30"),
                        ZoneId.of("Asia/Tehran"),
                        EnumSet.of(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)))
                .isEqualTo(at("2026-12-05T09:00+03:30"));
    }

    @Test
    void anAdministrationClosedEveryDayIsAnError() {
        assertThatThrownBy(() -> WorkingHours.next(Instant.EPOCH, FIJI, EnumSet.allOf(DayOfWeek.class)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant at(String time) {
        return OffsetDateTime.parse(time).toInstant();
    }
}
