package org.rocbap.survey.missionreport.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rocbap.survey.shared.rules.RuleViolation;

class MissionReportRulesTest {

    private static final LocalDate WORKSHOP_START = LocalDate.of(2017, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2017, 10, 1);

    @Test
    void aReportFiledBetweenTheWorkshopAndTodayBreaksNoRule() {
        assertThat(MissionReportRules.check(WORKSHOP_START, WORKSHOP_START, "Adopt", TODAY))
                .isEmpty();
        assertThat(MissionReportRules.check(WORKSHOP_START, TODAY, null, TODAY)).isEmpty();
    }

    @Test
    void theFilingDateIsRequiredAndLiesBetweenTheWorkshopAndToday() {
        assertThat(MissionReportRules.check(WORKSHOP_START, null, null, TODAY))
                .extracting(RuleViolation::key)
                .containsExactly("missionReport.dateMissing");
        assertThat(MissionReportRules.check(WORKSHOP_START, TODAY.plusDays(1), null, TODAY))
                .extracting(RuleViolation::key)
                .containsExactly("missionReport.dateInFuture");
        assertThat(MissionReportRules.check(WORKSHOP_START, WORKSHOP_START.minusDays(1), null, TODAY))
                .extracting(RuleViolation::key)
                .containsExactly("missionReport.dateBeforeWorkshop");
    }

    @Test
    void recommendationsAreBounded() {
        assertThat(MissionReportRules.check(WORKSHOP_START, TODAY, "r".repeat(5_001), TODAY))
                .extracting(RuleViolation::field)
                .containsExactly("recommendations");
    }

    @Test
    void aDocumentIsNeitherEmptyNorOverTheLimit() {
        long limit = 20L * 1024 * 1024;
        assertThat(MissionReportRules.documentSize("r.pdf", 1, limit)).isEmpty();
        assertThat(MissionReportRules.documentSize("r.pdf", limit, limit)).isEmpty();
        assertThat(MissionReportRules.documentSize("r.pdf", 0, limit))
                .extracting(RuleViolation::key)
                .containsExactly("missionReport.documentEmpty");
        assertThat(MissionReportRules.documentSize("r.pdf", limit + 1, limit))
                .extracting(RuleViolation::message)
                .containsExactly("The file r.pdf has 20 MB; the limit is 20 MB.");
    }
}
