package org.rocbap.survey.web.shared;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * Signs the user out of both the application and Keycloak.
 *
 * <p>Ending only the application session would leave the Keycloak session alive, and the next visit
 * would sign the user straight back in; so the browser is sent on to Keycloak's end-session
 * endpoint, which returns it to the application's start page and hence to the login form. Only a
 * POST signs out (a GET answers 405), so that another site's link or image cannot.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        OidcSecurityContext oidc = (OidcSecurityContext) request.getAttribute(OidcSecurityContext.class.getName());
        String home = request.getRequestURL().toString().replaceFirst("/logout$", "/");
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (oidc == null) {
            response.sendRedirect(home);
            return;
        }
        String endSession = oidc.getToken().getIssuer() + "/protocol/openid-connect/logout"
                + "?post_logout_redirect_uri=" + URLEncoder.encode(home, StandardCharsets.UTF_8)
                + "&id_token_hint=" + URLEncoder.encode(oidc.getIDTokenString(), StandardCharsets.UTF_8);
        response.sendRedirect(endSession);
    }
}
