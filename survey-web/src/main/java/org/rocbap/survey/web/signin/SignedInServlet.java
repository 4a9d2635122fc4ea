package org.rocbap.survey.web.signin;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where Keycloak returns every sign-in: the realm's one redirect URI (exact, no wildcard), which
 * oidc.json's rewrite rule makes the OIDC client ask for whatever page started the sign-in. Once the
 * client has exchanged the code, this leads on to the page the user asked for, as {@link SignInStart}
 * remembered it.
 */
@WebServlet(SignedInServlet.PATH)
public class SignedInServlet extends HttpServlet {

    static final String PATH = "/signed-in";

    static final String RETURN_COOKIE = "survey-return";

    /** Long enough to sign in (with a one-time password, or setting one up). */
    static final int RETURN_SECONDS = 900;

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String home = request.getContextPath() + "/";
        String asked = Arrays.stream(request.getCookies() == null ? new Cookie[0] : request.getCookies())
                .filter(c -> RETURN_COOKIE.equals(c.getName()))
                .map(c -> URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8))
                .findFirst()
                .orElse(home);
        Cookie spent = new Cookie(RETURN_COOKIE, "");
        spent.setPath(home);
        spent.setMaxAge(0);
        spent.setHttpOnly(true);
        spent.setSecure(request.isSecure());
        response.addCookie(spent);
        response.sendRedirect(OwnPages.isOwnPage(asked, home) ? asked : home);
    }
}
