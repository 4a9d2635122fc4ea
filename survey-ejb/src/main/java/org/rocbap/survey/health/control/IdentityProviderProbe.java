package org.rocbap.survey.health.control;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rocbap.survey.shared.config.IdentityProviderSettings;

/** Whether the Keycloak realm answers: its discovery document, within a time limit. */
public final class IdentityProviderProbe {

    private static final Logger LOG = Logger.getLogger(IdentityProviderProbe.class.getName());

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private IdentityProviderProbe() {}

    public static boolean answers(Duration limit) {
        HttpRequest discovery = HttpRequest.newBuilder(
                        URI.create(IdentityProviderSettings.realmUrl() + "/.well-known/openid-configuration"))
                .timeout(limit)
                .build();
        try {
            return HTTP.send(discovery, BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            LOG.log(Level.FINE, "The identity provider does not answer", e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
