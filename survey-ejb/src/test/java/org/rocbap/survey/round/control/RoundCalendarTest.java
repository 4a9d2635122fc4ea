package org.rocbap.survey.round.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rocbap.survey.round.entity.SurveyRound;
import org.rocbap.survey.workshop.entity.FiscalYear;

class RoundCalendarTest {

    private static final LocalDate WORKSHOP_END = LocalDate.of(2016, 9, 9);

    private static SurveyRound openRound() {
        SurveyRound round = new SurveyRound(FiscalYear.parse("2016/17"));
        round.plan(LocalDate.of(2016, 7, 1), LocalDate.of(2018, 3, 31), 6, 28, List.of(1, 7));
        round.open();
        return round;
    }

    @Test
    void theQuestionnaireGoesSixMonthsAfterTheWorkshopWhileTheRoundIsOpen() {
        SurveyRound round = openRound();

        assertThat(RoundCalendar.invitationDue(round, WORKSHOP_END, LocalDate.of(2017, 3, 8)))
                .isFalse();
        assertThat(RoundCalendar.invitationDue(round, WORKSHOP_END, LocalDate.of(2017, 3, 9)))
                .isTrue();
        // A day missed is made up the next day.
        assertThat(RoundCalendar.invitationDue(round, WORKSHOP_END, LocalDate.of(2017, 3, 20)))
                .isTrue();
        assertThat(RoundCalendar.invitationDue(round, WORKSHOP_END, LocalDate.of(2018, 4, 1)))
                .isFalse();

        SurveyRound planned = new SurveyRound(FiscalYear.parse("2016/17"));
        planned.plan(LocalDate.of(2016, 7, 1), LocalDate.of(2018, 3, 31), 6, 28, List.of(7, 1));
        assertThat(RoundCalendar.invitationDue(planned, WORKSHOP_END, LocalDate.of(2017, 3, 9)))
                .isFalse();
    }

    @Test
    void remindersComeAtTheirOffsetsAndOnlyTheLatestOneDue() {
        SurveyRound round = openRound();
        LocalDate due = LocalDate.of(2017, 4, 6);

        assertThat(round.getReminderDays()).containsExactly(7, 1);
        assertThat(RoundCalendar.reminderDue(round, due, LocalDate.of(2017, 3, 29)))
                .isEmpty();
        assertThat(RoundCalendar.reminderDue(round, due, LocalDate.of(2017, 3, 30)))
                .contains(7);
        assertThat(RoundCalendar.reminderDue(round, due, LocalDate.of(2017, 4, 4)))
                .contains(7);
        assertThat(RoundCalendar.reminderDue(round, due, LocalDate.of(2017, 4, 5)))
                .contains(1);
        assertThat(RoundCalendar.reminderDue(round, due, LocalDate.of(2017, 4, 6)))
                .contains(1);
        assertThat(RoundCalendar.reminderDue(round, due, LocalDate.of(2017, 4, 7)))
                .isEmpty();
        assertThat(RoundCalendar.overdue(due, LocalDate.of(2017, 4, 6))).isFalse();
        assertThat(RoundCalendar.overdue(due, LocalDate.of(2017, 4, 7))).isTrue();
    }

    @Test
    void anOpenRoundClosesAfterItsClosingDate() {
        SurveyRound round = openRound();

        assertThat(RoundCalendar.closesBy(round, LocalDate.of(2018, 3, 31))).isFalse();
        assertThat(RoundCalendar.closesBy(round, LocalDate.of(2018, 4, 1))).isTrue();
    }

    @Test
    void focalPointsGetTheirListFromTheFirstReminderToTheDueDate() {
        SurveyRound round = openRound();
        LocalDate due = LocalDate.of(2017, 4, 6);

        assertThat(RoundCalendar.administrationReminderDue(round, due, LocalDate.of(2017, 3, 29)))
                .isFalse();
        assertThat(RoundCalendar.administrationReminderDue(round, due, LocalDate.of(2017, 3, 30)))
                .isTrue();
        assertThat(RoundCalendar.administrationReminderDue(round, due, due)).isTrue();
        assertThat(RoundCalendar.administrationReminderDue(round, due, due.plusDays(1)))
                .isFalse();
    }

    @Test
    void aMissingMissionReportIsNoticedForTwoWeeksAfterItsDueDate() {
        LocalDate due = LocalDate.of(2016, 10, 9);

        assertThat(RoundCalendar.reportNoticeDue(due, due)).isFalse();
        assertThat(RoundCalendar.reportNoticeDue(due, due.plusDays(1))).isTrue();
        assertThat(RoundCalendar.reportNoticeDue(due, due.plusDays(14))).isTrue();
        assertThat(RoundCalendar.reportNoticeDue(due, due.plusDays(15))).isFalse();
    }
}
