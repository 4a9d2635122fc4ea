package org.rocbap.survey.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkshopSeriesTest {

    @Test
    void theSameTopicAcrossYearsIsOneSeries() {
        assertThat(WorkshopSeries.key("FY1617-04", "WCO Regional Workshop on Data Analytics"))
                .isEqualTo(WorkshopSeries.key("FY1920-02", "Regional Workshop on Data Analytics II"))
                .isEqualTo(WorkshopSeries.key("FY2122-07", "Sub-Regional Workshop on Data-Analytics (2021)"))
                .isEqualTo("data analytics");
    }

    @Test
    void differentTopicsAreNot() {
        assertThat(WorkshopSeries.key("A", "Regional Workshop on Post-Clearance Audit"))
                .isNotEqualTo(WorkshopSeries.key("B", "Regional Workshop on Risk Management"));
    }

    @Test
    void aTitleOfGenericWordsOnlyIsItsOwnSeries() {
        assertThat(WorkshopSeries.key("FY1617-09", "Regional Workshop")).isEqualTo("FY1617-09");
        assertThat(WorkshopSeries.key("X", null)).isEqualTo("X");
    }
}
