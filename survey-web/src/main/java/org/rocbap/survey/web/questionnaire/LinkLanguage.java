package org.rocbap.survey.web.questionnaire;

import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.rocbap.survey.preference.entity.Languages;
import org.rocbap.survey.round.boundary.ReplyLinkService.LinkedQuestionnaire;

/** The language of a personal link's pages: the one chosen with the switch, else the participant's, else the browser's. */
final class LinkLanguage {

    private LinkLanguage() {}

    static Locale of(String chosen, LinkedQuestionnaire questionnaire) {
        if (chosen != null && Languages.SUPPORTED.contains(chosen)) {
            return Locale.forLanguageTag(chosen);
        }
        if (questionnaire != null) {
            return Locale.forLanguageTag(questionnaire.language());
        }
        Locale browser = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
        return Languages.SUPPORTED.contains(browser.getLanguage())
                ? Locale.forLanguageTag(browser.getLanguage())
                : Locale.ENGLISH;
    }
}
