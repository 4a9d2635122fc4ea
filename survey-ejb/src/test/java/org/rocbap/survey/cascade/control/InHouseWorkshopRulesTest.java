package org.rocbap.survey.cascade.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rocbap.survey.shared.rules.RuleViolation;

class InHouseWorkshopRulesTest {

    private static final LocalDate REGIONAL_END = LocalDate.of(2017, 3, 31);
    private static final LocalDate TODAY = LocalDate.of(2017, 10, 1);

    @Test
    void aCascadeHeldAfterTheRegionalWorkshopWithAttendeesBreaksNoRule() {
        assertThat(check(LocalDate.of(2017, 4, 1), "Cascade", 25)).isEmpty();
        assertThat(check(TODAY, "Cascade", 0)).isEmpty();
        assertThat(check(TODAY, "Cascade", 5_000)).isEmpty();
    }

    @Test
    void theDateLiesAfterTheRegionalWorkshopAndNotInTheFuture() {
        assertThat(check(REGIONAL_END, "Cascade", 25))
                .extracting(RuleViolation::key)
                .containsExactly("inHouse.dateBeforeRegional");
        assertThat(check(TODAY.plusDays(1), "Cascade", 25))
                .extracting(RuleViolation::key)
                .containsExactly("inHouse.dateInFuture");
        assertThat(check(null, "Cascade", 25)).extracting(RuleViolation::key).containsExactly("inHouse.dateMissing");
    }

    @Test
    void attendeesAreRequiredAndPlausible() {
        assertThat(check(TODAY, "Cascade", null))
                .extracting(RuleViolation::key)
                .containsExactly("inHouse.attendeesMissing");
        assertThat(check(TODAY, "Cascade", -1)).extracting(RuleViolation::key).containsExactly("number.negative");
        assertThat(check(TODAY, "Cascade", 5_001))
                .extracting(RuleViolation::message)
                .containsExactly("5,001 is more than the 5,000 this field accepts; please check the figure.");
    }

    @Test
    void theTitleIsRequiredAndTextsFitTheirColumns() {
        assertThat(check(TODAY, " ", 3)).extracting(RuleViolation::field).containsExactly("title");
        assertThat(InHouseWorkshopRules.check(
                        "FY1617-01", REGIONAL_END, TODAY, "T", 3, "O".repeat(201), "M".repeat(5_001), TODAY))
                .extracting(RuleViolation::field)
                .containsExactly("organiser", "materials");
    }

    private static java.util.List<RuleViolation> check(LocalDate heldOn, String title, Integer attendees) {
        return InHouseWorkshopRules.check("FY1617-01", REGIONAL_END, heldOn, title, attendees, null, null, TODAY);
    }
}
