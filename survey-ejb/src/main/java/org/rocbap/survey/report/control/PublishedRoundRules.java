package org.rocbap.survey.report.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.TextRules;

/** What the published figures of a past round must satisfy, entered by ROCB A/P staff. */
public final class PublishedRoundRules {

    private PublishedRoundRules() {}

    /**
     * @param members how many member administrations there are: no more can have held in-house workshops
     */
    public static List<RuleViolation> check(
            BigDecimal replyRate,
            BigDecimal directEffectsShare,
            Integer inHouseAdministrations,
            String source,
            int members) {
        List<RuleViolation> violations = new ArrayList<>();
        if (replyRate == null) {
            violations.add(RuleViolation.of("replyRate", "published.replyRateMissing"));
        } else {
            fraction(violations, "replyRate", replyRate);
        }
        if (directEffectsShare != null) {
            fraction(violations, "directEffectsShare", directEffectsShare);
        }
        if (inHouseAdministrations != null && (inHouseAdministrations < 0 || inHouseAdministrations > members)) {
            violations.add(RuleViolation.of(
                    "inHouseAdministrations", "published.administrationsRange", inHouseAdministrations, members));
        }
        TextRules.check(violations, "source", source, TextRules.TITLE);
        return violations;
    }

    private static void fraction(List<RuleViolation> violations, String field, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0 || value.scale() > 4) {
            violations.add(RuleViolation.of(field, "published.fraction", value.toPlainString()));
        }
    }
}
