package org.rocbap.survey.round.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rocbap.survey.participation.control.ParticipantRules;
import org.rocbap.survey.round.entity.NonResponse;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.TextRules;

/**
 * Who takes a participant's questionnaire over, and why the participant cannot answer it.
 *
 * @param language {@code en} or {@code fr}, the language of the successor's mail
 * @param reason why the participant does not reply (transferred, retired ...)
 * @param note what the focal point knows, if anything
 */
public record Successor(String name, String email, String language, NonResponse reason, String note) {

    private static final Set<String> LANGUAGES = Set.of("en", "fr");

    /** The note as kept: stripped, or {@code null} when there is none. */
    String noteOrNull() {
        return note == null || note.isBlank() ? null : note.strip();
    }

    /** What is wrong with the handover, field by field; {@code currentEmail} is who has it now. */
    List<RuleViolation> check(String currentEmail) {
        List<RuleViolation> violations = new ArrayList<>();
        TextRules.required(violations, "successorName", name, TextRules.NAME, "invitation.successorNameMissing");
        ParticipantRules.checkEmail(violations, "successorEmail", email);
        if (email != null && email.strip().equalsIgnoreCase(currentEmail)) {
            violations.add(RuleViolation.of("successorEmail", "invitation.successorSameAddress", email.strip()));
        }
        if (language == null || !LANGUAGES.contains(language)) {
            violations.add(RuleViolation.of("successorLanguage", "invitation.successorLanguage"));
        }
        if (reason == null) {
            violations.add(RuleViolation.of("nonResponse", "invitation.handOverReason"));
        }
        TextRules.check(violations, "nonResponseNote", note, TextRules.TITLE);
        return violations;
    }
}
