package org.rocbap.survey.directory.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;
import org.rocbap.survey.directory.control.KeycloakUsers;
import org.rocbap.survey.directory.entity.Contact;
import org.rocbap.survey.shared.config.Configuration;

/**
 * The focal points and managers of an administration, with their addresses, as Keycloak knows them
 * today: the users holding the role whose {@code administration} attribute names it.
 */
@ApplicationScoped
public class UserDirectory {

    @Inject
    private Configuration configuration;

    private static final Logger LOG = Logger.getLogger(UserDirectory.class.getName());

    private KeycloakUsers keycloak;

    @PostConstruct
    void connect() {
        keycloak = new KeycloakUsers(configuration.realmUrl(), configuration.directoryClientSecret());
    }

    /**
     * The users holding {@code role} for {@code administration}; none when Keycloak cannot be asked
     * (the reason is logged, and the round's calendar asks again at its next run).
     */
    public List<Contact> holders(String role, String administration) {
        try {
            return keycloak.holding(role, administration);
        } catch (IOException | RuntimeException e) {
            LOG.warning(() ->
                    "Could not read the " + role + " users of " + administration + " from Keycloak: " + e.getMessage());
            return List.of();
        }
    }
}
