package org.rocbap.survey.web.signin;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import jakarta.servlet.ServletContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.rocbap.survey.health.boundary.IdentityProviderProbe;

/**
 * What happens as a sign-in starts, when the OIDC mechanism sends the browser to Keycloak: the page the
 * user asked for is remembered (a short-lived cookie) for {@link SignedInServlet} to lead on to, since
 * Keycloak returns every sign-in to that one address; and while Keycloak does not answer, the browser
 * is sent to a page of the application saying so, instead of to Keycloak's address and the browser's
 * own "cannot be reached".
 *
 * <p>The mechanism writes that redirect before any servlet filter runs, so this watches from outside
 * it, as an Undertow handler around the deployment's security, and changes nothing else.
 */
public class SignInStart implements ServletExtension {

    static final String UNAVAILABLE_PAGE = "/signin-unavailable.xhtml";

    /** Part of every address of Keycloak's authorization endpoint, whatever its host. */
    private static final String AUTHORIZATION = "/protocol/openid-connect/auth?";

    private static final Duration PROBE_LIMIT = Duration.ofSeconds(2);

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        String contextPath = deployment.getContextPath();
        deployment.addOuterHandlerChainWrapper(next -> exchange -> {
            exchange.addResponseCommitListener(committed -> starting(committed, contextPath));
            next.handleRequest(exchange);
        });
    }

    private void starting(HttpServerExchange exchange, String contextPath) {
        String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
        if (exchange.getStatusCode() != StatusCodes.FOUND || location == null || !location.contains(AUTHORIZATION)) {
            return;
        }
        String asked =
                exchange.getRequestURI() + (exchange.getQueryString().isEmpty() ? "" : "?" + exchange.getQueryString());
        String encoded = URLEncoder.encode(asked, StandardCharsets.UTF_8);
        if (IdentityProviderProbe.answersPromptly(PROBE_LIMIT)) {
            exchange.setResponseCookie(new CookieImpl(SignedInServlet.RETURN_COOKIE, encoded)
                    .setPath(contextPath + "/")
                    .setMaxAge(SignedInServlet.RETURN_SECONDS)
                    .setHttpOnly(true)
                    .setSameSiteMode("Lax")
                    .setSecure("https".equals(exchange.getRequestScheme())));
        } else {
            exchange.getResponseHeaders().put(Headers.LOCATION, contextPath + UNAVAILABLE_PAGE + "?to=" + encoded);
        }
    }
}
