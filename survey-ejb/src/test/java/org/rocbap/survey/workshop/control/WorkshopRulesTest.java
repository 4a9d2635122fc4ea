package org.rocbap.survey.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rocbap.survey.shared.rules.RuleViolation;

class WorkshopRulesTest {

    private static final LocalDate START = LocalDate.of(2017, 8, 7);
    private static final LocalDate END = LocalDate.of(2017, 8, 10);

    @Test
    void aCompleteWorkshopBreaksNoRule() {
        assertThat(WorkshopRules.check("FY1718-01", "Regional Workshop on NII", START, END, "Suva"))
                .isEmpty();
        assertThat(WorkshopRules.fiscalYear("2017/18")).isEmpty();
    }

    @Test
    void eachMissingOrMalformedFieldIsNamed() {
        assertThat(WorkshopRules.check(null, " ", null, null, null))
                .extracting(RuleViolation::field, RuleViolation::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("code", "workshop.codeMissing"),
                        org.assertj.core.groups.Tuple.tuple("title", "workshop.titleMissing"),
                        org.assertj.core.groups.Tuple.tuple("startDate", "workshop.startDateMissing"),
                        org.assertj.core.groups.Tuple.tuple("endDate", "workshop.endDateMissing"));
        assertThat(WorkshopRules.check("FY 17/18", "T", START, END, null))
                .extracting(RuleViolation::message)
                .containsExactly(
                        "'FY 17/18' is not a workshop code: use up to 20 letters, digits and dashes, e.g. FY1718-01.");
        assertThat(WorkshopRules.fiscalYear("2017/19"))
                .extracting(RuleViolation::field)
                .containsExactly("fiscalYear");
    }

    @Test
    void aWorkshopCannotEndBeforeItStarts() {
        assertThat(WorkshopRules.check("FY1718-01", "T", END, START, null))
                .extracting(RuleViolation::field, RuleViolation::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("endDate", "workshop.datesReversed"));
    }

    @Test
    void textsFitTheirColumns() {
        assertThat(WorkshopRules.check("FY1718-01", "T".repeat(301), START, END, "V".repeat(201)))
                .extracting(RuleViolation::field)
                .containsExactly("title", "venue");
        assertThat(WorkshopRules.check("FY1718-01", "T".repeat(300), START, END, "V".repeat(200)))
                .isEmpty();
    }
}
