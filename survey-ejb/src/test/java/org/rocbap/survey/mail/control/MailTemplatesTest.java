package org.rocbap.survey.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.rocbap.survey.mail.entity.SubjectAndBody;

class MailTemplatesTest {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("org.rocbap.survey.mail", Locale.ENGLISH);
    private static final ResourceBundle FRENCH = ResourceBundle.getBundle("org.rocbap.survey.mail", Locale.FRENCH);

    @Test
    void everyTextIsInBothLanguagesWithTheSamePlaceholders() {
        assertThat(FRENCH.keySet()).containsExactlyInAnyOrderElementsOf(ENGLISH.keySet());
        for (String key : ENGLISH.keySet()) {
            assertThat(new MessageFormat(FRENCH.getString(key)).getFormatsByArgumentIndex())
                    .as(key)
                    .hasSameSizeAs(new MessageFormat(ENGLISH.getString(key)).getFormatsByArgumentIndex());
        }
    }

    @Test
    void theInvitationCarriesTheLinkAndTheDueDateInTheParticipantsLanguage() {
        String link = "https://survey.example/answer/questionnaire.xhtml?token=abc";
        Object[] arguments = {
            "Mere Silva",
            "Regional Workshop on NII",
            "FY1617-03",
            LocalDate.of(2016, 9, 9),
            LocalDate.of(2017, 4, 6),
            link
        };

        SubjectAndBody english = MailTemplates.render("invitation", Locale.ENGLISH, arguments);
        SubjectAndBody french = MailTemplates.render("invitation", Locale.FRENCH, arguments);

        assertThat(english.subject()).isEqualTo("Questionnaire: what became of the Regional Workshop on NII?");
        assertThat(english.body())
                .startsWith("Dear Mere Silva,")
                .contains("by 6 Apr 2017")
                .contains(link);
        assertThat(french.body())
                .startsWith("Bonjour Mere Silva,")
                .contains("avant le 6 avr. 2017")
                .contains(link);
    }

    @Test
    void aReminderCountsTheDaysLeft() {
        assertThat(MailTemplates.render("reminder", Locale.ENGLISH, "A", "W", LocalDate.of(2017, 4, 6), "l", 1)
                        .body())
                .contains("in one day");
        assertThat(MailTemplates.render("reminder", Locale.ENGLISH, "A", "W", LocalDate.of(2017, 4, 6), "l", 7)
                        .body())
                .contains("in 7 days");
    }
}
