package org.rocbap.survey.mail.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rocbap.survey.mail.entity.MailTemplate;
import org.rocbap.survey.mail.entity.SubjectAndBody;
import org.rocbap.survey.shared.rules.RuleViolation;

class MailTemplateCheckTest {

    @ParameterizedTest
    @EnumSource(MailTemplate.class)
    void theProductsOwnTextsPassTheChecksAndHaveAnExampleForEachPlaceholder(MailTemplate template) {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            SubjectAndBody shipped = MailTemplates.shipped(template.key(), locale);
            assertThat(MailTemplates.check(template, shipped, locale))
                    .as(template + " " + locale)
                    .isEmpty();
            assertThat(new MessageFormat(shipped.body()).getFormatsByArgumentIndex().length)
                    .as("the examples cover the placeholders of " + template)
                    .isLessThanOrEqualTo(template.placeholders());
        }
    }

    @Test
    void aPlaceholderTheMailDoesNotHaveIsRefused() {
        SubjectAndBody text = new SubjectAndBody("Reminder {9}", "Dear {0}, {3}");
        assertThat(problems(MailTemplate.REMINDER, text))
                .containsExactly(tuple("subject", "mailTemplate.unknownPlaceholder"));
    }

    @Test
    void aPatternThatDoesNotParseIsRefusedWithWhere() {
        SubjectAndBody text = new SubjectAndBody("Reminder", "Dear {0, your link: {3}");
        assertThat(problems(MailTemplate.REMINDER, text)).containsExactly(tuple("body", "mailTemplate.pattern"));
    }

    @Test
    void theBodyMustKeepThePersonalLink() {
        SubjectAndBody text = new SubjectAndBody("Questionnaire", "Dear {0}, please answer by {4}.");
        assertThat(problems(MailTemplate.INVITATION, text)).containsExactly(tuple("body", "mailTemplate.linkMissing"));
    }

    @Test
    void aLoneStraightApostropheIsRefusedSinceItWouldHideTheRest() {
        SubjectAndBody text = new SubjectAndBody("Questionnaire", "Dear {0}, it's time: {5}");
        assertThat(MailTemplates.check(MailTemplate.INVITATION, text, Locale.ENGLISH))
                .extracting(RuleViolation::key)
                .containsExactly("mailTemplate.apostrophe");
        SubjectAndBody doubled = new SubjectAndBody("Questionnaire", "Dear {0}, it''s time: {5}");
        assertThat(MailTemplates.check(MailTemplate.INVITATION, doubled, Locale.ENGLISH))
                .isEmpty();
    }

    @Test
    void emptyOrOverlongTextsAreRefused() {
        SubjectAndBody text = new SubjectAndBody(" ", "x".repeat(MailTemplates.MAX_BODY + 1));
        assertThat(problems(MailTemplate.FEEDBACK, text))
                .containsExactly(
                        tuple("subject", "mailTemplate.subjectMissing"), tuple("body", "mailTemplate.tooLong"));
    }

    /** The field and message key of each rule an English text breaks. */
    private static List<Tuple> problems(MailTemplate template, SubjectAndBody text) {
        return MailTemplates.check(template, text, Locale.ENGLISH).stream()
                .map(v -> tuple(v.field(), v.key()))
                .toList();
    }
}
