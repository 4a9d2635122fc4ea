package org.rocbap.survey.round.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rocbap.survey.workshop.entity.FiscalYear;

class SurveyRoundTest {

    @Test
    void whatARoundMayDoFollowsItsStateThroughItsLife() {
        SurveyRound round = new SurveyRound(FiscalYear.parse("2016/17"));
        round.plan(LocalDate.of(2016, 7, 1), LocalDate.of(2018, 3, 31), 6, 28, List.of(7, 1));

        assertThat(List.of(round.isReplannable(), round.isOpenable(), round.isClosable()))
                .as("planned")
                .containsExactly(true, true, false);

        round.open();
        assertThat(List.of(round.isReplannable(), round.isOpenable(), round.isClosable()))
                .as("open")
                .containsExactly(true, false, true);

        round.close(OffsetDateTime.parse("2018-04-01T09:00:00Z"));
        assertThat(List.of(round.isReplannable(), round.isOpenable(), round.isClosable()))
                .as("closed")
                .containsExactly(false, false, false);
        assertThatThrownBy(() -> round.plan(LocalDate.of(2016, 7, 1), LocalDate.of(2018, 6, 30), 6, 28, List.of()))
                .hasMessageContaining("keeps its calendar");
    }
}
