package org.rocbap.survey.workshop.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void runsFromJulyToJune() {
        FiscalYear fy = FiscalYear.parse("2016/17");

        assertThat(fy.firstDay()).isEqualTo(LocalDate.of(2016, 7, 1));
        assertThat(fy.lastDay()).isEqualTo(LocalDate.of(2017, 6, 30));
        assertThat(fy.contains(LocalDate.of(2017, 4, 1))).isTrue();
        assertThat(fy.contains(LocalDate.of(2016, 4, 1))).isFalse();
    }

    @Test
    void readsTheUrlSpellingAndWritesTheReportSpelling() {
        assertThat(FiscalYear.parse("2017-18").label()).isEqualTo("2017/18");
        assertThat(FiscalYear.parse("1999/00").label()).isEqualTo("1999/00");
    }

    @Test
    void findsTheFiscalYearOfADate() {
        assertThat(FiscalYear.containing(LocalDate.of(2016, 7, 1))).isEqualTo(new FiscalYear(2016));
        assertThat(FiscalYear.containing(LocalDate.of(2017, 6, 30))).isEqualTo(new FiscalYear(2016));
    }

    @Test
    void refusesLabelsThatAreNotFiscalYears() {
        assertThatThrownBy(() -> FiscalYear.parse("2016")).hasMessageContaining("2016/17");
        assertThatThrownBy(() -> FiscalYear.parse("2016/18")).hasMessageContaining("should read 2016/17");
        assertThatThrownBy(() -> FiscalYear.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
