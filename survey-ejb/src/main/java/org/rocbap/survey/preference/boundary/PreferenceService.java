package org.rocbap.survey.preference.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.rocbap.survey.preference.entity.Languages;
import org.rocbap.survey.preference.entity.UserPreference;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.shared.security.CallerService;

/**
 * The caller's own preferences, and only theirs: every signed-in user, whatever their roles, may
 * choose the language they read the pages in.
 */
@Stateless
@PermitAll
public class PreferenceService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callerService;

    /** The language the caller chose, if they ever did. */
    public Optional<String> language() {
        return Optional.ofNullable(
                        em.find(UserPreference.class, callerService.current().username()))
                .map(UserPreference::getLanguage);
    }

    /**
     * Remembers the caller's language for their next sessions, on any device.
     *
     * @throws WorkflowException if the product does not speak that language
     */
    public void chooseLanguage(String language) {
        if (!Languages.SUPPORTED.contains(language)) {
            throw new WorkflowException(
                    RuleViolation.of("language", "preference.languageUnknown", language, Languages.SUPPORTED));
        }
        String username = callerService.current().username();
        UserPreference preference = em.find(UserPreference.class, username);
        if (preference == null) {
            em.persist(new UserPreference(username, language));
        } else {
            preference.speak(language);
        }
    }
}
