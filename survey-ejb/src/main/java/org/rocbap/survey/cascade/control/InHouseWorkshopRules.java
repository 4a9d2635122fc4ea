package org.rocbap.survey.cascade.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rocbap.survey.cascade.entity.InHouseWorkshop;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.TextRules;

/**
 * What an in-house (cascade) workshop must satisfy, recorded from the questionnaire page, the API or
 * a round import: held after the regional workshop it cascades and not in the future, with a title
 * and a plausible number of attendees.
 */
public final class InHouseWorkshopRules {

    private InHouseWorkshopRules() {}

    /**
     * @param regionalCode the code of the regional workshop it cascades
     * @param regionalEnd the day that regional workshop ended
     */
    public static List<RuleViolation> check(
            String regionalCode,
            LocalDate regionalEnd,
            LocalDate heldOn,
            String title,
            Integer attendees,
            String organiser,
            String materials,
            LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        TextRules.required(violations, "title", title, TextRules.TITLE, "inHouse.titleMissing");
        if (heldOn == null) {
            violations.add(RuleViolation.of("date", "inHouse.dateMissing"));
        } else if (!heldOn.isAfter(regionalEnd)) {
            violations.add(RuleViolation.of("date", "inHouse.dateBeforeRegional", heldOn, regionalCode, regionalEnd));
        } else if (heldOn.isAfter(today)) {
            violations.add(RuleViolation.of("date", "inHouse.dateInFuture", heldOn));
        }
        if (attendees == null) {
            violations.add(RuleViolation.of("attendees", "inHouse.attendeesMissing"));
        } else if (attendees < 0) {
            violations.add(RuleViolation.of("attendees", "number.negative", attendees));
        } else if (attendees > InHouseWorkshop.MAX_ATTENDEES) {
            violations.add(
                    RuleViolation.of("attendees", "number.implausible", attendees, InHouseWorkshop.MAX_ATTENDEES));
        }
        TextRules.check(violations, "organiser", organiser, TextRules.NAME);
        TextRules.check(violations, "materials", materials, TextRules.FREE_TEXT);
        return violations;
    }
}
