package org.rocbap.survey.administration.control;

import java.util.List;
import java.util.function.Predicate;
import org.rocbap.survey.shared.rules.RuleViolation;

/** Every record of an administration names a member administration by its ISO 3166-1 alpha-3 code. */
public final class AdministrationRules {

    private AdministrationRules() {}

    /** @param isMember whether a code is a member administration's */
    public static List<RuleViolation> check(String code, Predicate<String> isMember) {
        if (code == null || code.isBlank()) {
            return List.of(RuleViolation.of("administration", "administration.missing"));
        }
        String stripped = code.strip();
        if (stripped.length() != 3 || !isMember.test(stripped)) {
            return List.of(RuleViolation.of(
                    "administration",
                    "administration.unknown",
                    stripped.length() <= 20 ? stripped : stripped.substring(0, 19) + "…"));
        }
        return List.of();
    }
}
