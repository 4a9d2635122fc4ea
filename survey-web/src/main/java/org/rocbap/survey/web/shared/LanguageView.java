package org.rocbap.survey.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Collections;
import java.util.Locale;
import org.rocbap.survey.preference.boundary.PreferenceService;
import org.rocbap.survey.preference.entity.Languages;

/**
 * The language the pages speak to the signed-in user: the one they chose with the switch on every
 * page (remembered in their preferences, so it follows them to the next session and device), else
 * the first of their browser's languages that the product speaks, else English.
 */
@Named("language")
@SessionScoped
public class LanguageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PreferenceService preferences;

    /** The user's choice, read once a session; {@code ""} once read and found empty. */
    private String chosen;

    /** The language for this request. */
    public Locale locale(HttpServletRequest request) {
        if (chosen == null) {
            chosen = preferences.language().orElse("");
        }
        if (!chosen.isEmpty()) {
            return Locale.forLanguageTag(chosen);
        }
        return Collections.list(request.getLocales()).stream()
                .map(Locale::getLanguage)
                .filter(Languages.SUPPORTED::contains)
                .findFirst()
                .map(Locale::forLanguageTag)
                .orElse(Locale.ENGLISH);
    }

    /** The same, for a page. */
    public Locale getLocale() {
        return locale((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    /** Remembers the user's choice; a language the product does not speak is ignored. */
    public void choose(String language) {
        if (Languages.SUPPORTED.contains(language) && !language.equals(chosen)) {
            preferences.chooseLanguage(language);
            chosen = language;
        }
    }
}
