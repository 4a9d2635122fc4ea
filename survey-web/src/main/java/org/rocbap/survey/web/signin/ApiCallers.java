package org.rocbap.survey.web.signin;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;

/**
 * Programs call the API, and a call without a valid token is answered 401 whatever its Accept header
 * says. The OIDC client tells browsers from programs by their headers: a plain {@code curl} (Accept
 * {@code *}{@code /*}) looks like a browser to it, and would be sent to Keycloak's login page. So every
 * API request is marked the way a page's own script marks its requests; a signed-in browser's session
 * still counts for it, as it does for the pages' Ajax requests. {@link SignInNeededServlet} writes the
 * answer's problem document.
 */
public class ApiCallers implements ServletExtension {

    private static final HttpString REQUESTED_WITH = HttpString.tryFromString("X-Requested-With");

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        String api = deployment.getContextPath() + "/api/";
        deployment.addOuterHandlerChainWrapper(next -> exchange -> {
            if (exchange.getRequestPath().startsWith(api)) {
                exchange.getRequestHeaders().put(REQUESTED_WITH, "XMLHttpRequest");
            }
            next.handleRequest(exchange);
        });
    }
}
