package org.rocbap.survey.directory.entity;

import java.util.Locale;

/**
 * A user who receives mail for their administration.
 *
 * @param username their Keycloak user name, as the application knows the signed-in user
 * @param language the language of their mail: their Keycloak locale when it is one the mail is written
 *     in, English otherwise
 */
public record Contact(String username, String name, String email, String language) {

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
