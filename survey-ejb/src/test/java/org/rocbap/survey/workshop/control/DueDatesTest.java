package org.rocbap.survey.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rocbap.survey.missionreport.entity.MissionReportStatus;
import org.rocbap.survey.shared.config.FollowUpSettings;
import org.rocbap.survey.workshop.entity.DatePrecision;
import org.rocbap.survey.workshop.entity.FiscalYear;
import org.rocbap.survey.workshop.entity.Workshop;

class DueDatesTest {

    private final DueDates dueDates = new DueDates(FollowUpSettings.DEFAULTS);

    /** Ended on 10 August 2017. */
    private final Workshop workshop = new Workshop(
            "FY1718-01",
            "Test",
            new FiscalYear(2017),
            LocalDate.of(2017, 8, 7),
            LocalDate.of(2017, 8, 10),
            DatePrecision.DAY,
            "Suva",
            false);

    @Test
    void statusWithoutAReportDependsOnTheDay() {
        assertThat(dueDates.missionReportDue(workshop)).isEqualTo(LocalDate.of(2017, 9, 9));
        assertThat(MissionReportStatus.of(dueDates.missionReportDue(workshop), null, LocalDate.of(2017, 9, 9)))
                .isEqualTo(MissionReportStatus.DUE);
        assertThat(MissionReportStatus.of(dueDates.missionReportDue(workshop), null, LocalDate.of(2017, 9, 10)))
                .isEqualTo(MissionReportStatus.MISSING);
    }

    @Test
    void aReportIsOnTimeUntilTheDueDayAndItsAcknowledgementOverdueAfterFourteenDays() {
        LocalDate onTime = LocalDate.of(2017, 9, 9);
        LocalDate late = LocalDate.of(2017, 9, 10);

        assertThat(MissionReportStatus.of(dueDates.missionReportDue(workshop), onTime, LocalDate.of(2018, 1, 1)))
                .isEqualTo(MissionReportStatus.ON_TIME);
        assertThat(MissionReportStatus.of(dueDates.missionReportDue(workshop), late, LocalDate.of(2018, 1, 1)))
                .isEqualTo(MissionReportStatus.LATE);
        assertThat(dueDates.acknowledgementOverdue(onTime, false, LocalDate.of(2017, 9, 23)))
                .isFalse();
        assertThat(dueDates.acknowledgementOverdue(onTime, false, LocalDate.of(2017, 9, 24)))
                .isTrue();
        assertThat(dueDates.acknowledgementOverdue(onTime, true, LocalDate.of(2017, 9, 24)))
                .isFalse();
        assertThat(dueDates.acknowledgementOverdue(null, false, LocalDate.of(2017, 9, 24)))
                .isFalse();
    }
}
