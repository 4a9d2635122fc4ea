package org.rocbap.survey.preference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.rocbap.survey.shared.rules.Invariant;

/** One user's own choices, under their user name. */
@Entity
@Table(name = "user_preference")
public class UserPreference {

    @Id
    private String username;

    @Column(nullable = false, length = 8)
    private String language;

    @Version
    private long version;

    protected UserPreference() {}

    public UserPreference(String username, String language) {
        Invariant.require(username != null && !username.isBlank(), "a preference belongs to a user");
        this.username = username;
        speak(language);
    }

    /** Chooses the language of the pages. */
    public void speak(String language) {
        Invariant.require(Languages.SUPPORTED.contains(language), "the pages speak " + Languages.SUPPORTED);
        this.language = language;
    }

    public String getLanguage() {
        return language;
    }
}
