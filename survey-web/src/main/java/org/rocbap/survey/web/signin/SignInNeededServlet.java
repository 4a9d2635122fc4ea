package org.rocbap.survey.web.signin;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rocbap.survey.web.shared.Problem;

/**
 * The error page of a 401: the OIDC client refused a request for want of a valid token (none, expired,
 * forged) and set its {@code WWW-Authenticate} challenge; this gives the answer the API's problem
 * document. Mapped under WEB-INF, so that no request reaches it but the container's error dispatch.
 */
@WebServlet(SignInNeededServlet.PATH)
public class SignInNeededServlet extends HttpServlet {

    static final String PATH = "/WEB-INF/errors/sign-in-needed";

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Problem.write(
                response,
                HttpServletResponse.SC_UNAUTHORIZED,
                "Sign-in needed",
                "This request needs a valid access token from Keycloak (see the API documentation).");
    }
}
