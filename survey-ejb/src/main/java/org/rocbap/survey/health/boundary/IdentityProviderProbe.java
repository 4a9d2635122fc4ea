package org.rocbap.survey.health.boundary;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rocbap.survey.shared.config.Configuration;

/**
 * Whether the Keycloak realm answers: its discovery document, within a time limit.
 *
 * <p>A Keycloak that is stopped refuses the connection at once, so asking again costs nothing and a
 * Keycloak that is back is seen at the very next sign-in. Only a probe that ran out of time (a host
 * that swallows the connection) is remembered for a while, so that sign-ins do not each wait that
 * long again meanwhile; any probe that gets an answer ends that memory.
 */
public final class IdentityProviderProbe {

    private static final Logger LOG = Logger.getLogger(IdentityProviderProbe.class.getName());

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .build();

    /**
     * Read as any other setting, but not injected: the sign-in's servlet extension and the readiness
     * check call this statically, the extension before CDI is there.
     */
    private static final Configuration REALM = new Configuration();

    private static final Duration TIMED_OUT_REMEMBERED = Duration.ofSeconds(10);

    private static volatile Instant lastTimedOut = Instant.EPOCH;

    private IdentityProviderProbe() {}

    /** Asks Keycloak now. */
    public static boolean answers(Duration limit) {
        HttpRequest discovery = HttpRequest.newBuilder(
                        URI.create(REALM.realmUrl() + "/.well-known/openid-configuration"))
                .timeout(limit)
                .build();
        try {
            boolean answered = HTTP.send(discovery, BodyHandlers.discarding()).statusCode() == 200;
            lastTimedOut = Instant.EPOCH;
            return answered;
        } catch (HttpTimeoutException e) {
            lastTimedOut = Instant.now();
            LOG.log(Level.FINE, "The identity provider did not answer in time", e);
            return false;
        } catch (IOException e) {
            LOG.log(Level.FINE, "The identity provider does not answer", e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks Keycloak now, unless a probe ran out of time in the last seconds: then no, without waiting. */
    public static boolean answersPromptly(Duration limit) {
        return lastTimedOut.plus(TIMED_OUT_REMEMBERED).isBefore(Instant.now()) && answers(limit);
    }
}
