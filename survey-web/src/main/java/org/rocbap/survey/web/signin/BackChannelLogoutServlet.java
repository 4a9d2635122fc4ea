package org.rocbap.survey.web.signin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.rocbap.survey.signin.boundary.EndedSignIns;
import org.rocbap.survey.signin.entity.InvalidLogoutTokenException;

/**
 * Where Keycloak reports a sign-in that has ended (OpenID Connect Back-Channel Logout 1.0): signed out
 * in another application, ended by an administrator, or the user signed out here. The realm's
 * {@code survey-web} client names this address; it needs no sign-in, the logout token's signature is
 * the credential.
 */
@WebServlet(BackChannelLogoutServlet.PATH)
public class BackChannelLogoutServlet extends HttpServlet {

    static final String PATH = "/oidc/backchannel-logout";

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(BackChannelLogoutServlet.class.getName());

    @Inject
    private transient EndedSignIns endedSignIns;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        try {
            endedSignIns.end(request.getParameter("logout_token"));
            response.setStatus(HttpServletResponse.SC_OK);
        } catch (InvalidLogoutTokenException e) {
            LOG.warning(() -> "Back-channel logout refused from " + request.getRemoteAddr() + ": " + e.getMessage());
            // The answer the specification asks for (section 2.8), without saying what was wrong.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"invalid_request\"}");
        }
    }
}
