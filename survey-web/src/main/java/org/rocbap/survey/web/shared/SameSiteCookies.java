package org.rocbap.survey.web.shared;

import io.undertow.server.handlers.Cookie;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Every cookie the application sends says {@code SameSite=Lax} itself: the session cookie, and the
 * OIDC client's cookies of a sign-in under way, which no setting of the servlet container reaches
 * (web.xml's cookie attribute is not applied to the session cookie either). Lax: a page of another
 * site cannot make the browser send them with its form posts or scripts, while links followed from
 * elsewhere, and Keycloak's return after signing in, still carry them. A cookie that names its own
 * mode keeps it.
 */
public class SameSiteCookies implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addOuterHandlerChainWrapper(next -> exchange -> {
            exchange.addResponseCommitListener(committed -> {
                for (Cookie cookie : committed.responseCookies()) {
                    if (cookie.getSameSiteMode() == null) {
                        cookie.setSameSiteMode("Lax");
                    }
                }
            });
            next.handleRequest(exchange);
        });
    }
}
