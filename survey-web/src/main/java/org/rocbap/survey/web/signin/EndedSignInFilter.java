package org.rocbap.survey.web.signin;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rocbap.survey.shared.persistence.PersistenceFailures;
import org.rocbap.survey.signin.boundary.EndedSignIns;
import org.rocbap.survey.web.shared.Problem;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * Ends the application session, or refuses the bearer token, of a sign-in that Keycloak has reported
 * as ended. Without it the session would live on with its tokens until the access token expires and
 * its refresh is refused, minutes later.
 */
@WebFilter(urlPatterns = "/*")
public class EndedSignInFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(EndedSignInFilter.class.getName());

    /** The claim naming the Keycloak session a token belongs to. */
    private static final String SESSION_CLAIM = "sid";

    @Inject
    private transient EndedSignIns endedSignIns;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String session = path.startsWith("/jakarta.faces.resource/") ? null : keycloakSession(request);
        if (session != null && hasEnded(session)) {
            leave(request, response, path);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String keycloakSession(HttpServletRequest request) {
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> principal) {
            OidcSecurityContext context = principal.getOidcSecurityContext();
            if (context != null && context.getToken() != null) {
                return context.getToken().getClaimValueAsString(SESSION_CLAIM);
            }
        }
        return null;
    }

    private boolean hasEnded(String session) {
        try {
            return endedSignIns.hasEnded(session);
        } catch (EJBException e) {
            if (!PersistenceFailures.databaseUnreachable(e)) {
                throw e;
            }
            // The page itself will say that the database is away; while it is, no page can show data.
            LOG.log(Level.FINE, "Could not check whether the sign-in has ended", e);
            return false;
        }
    }

    private static void leave(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        HttpSession httpSession = request.getSession(false);
        if (httpSession != null) {
            httpSession.invalidate();
        }
        if (path.startsWith("/api/")) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            Problem.write(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "Signed out",
                    "The sign-in this token belongs to has ended in Keycloak: get a new token.");
        } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An ajax request cannot follow a redirect itself; Faces' script goes where this says.
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + request.getRequestURI()
                                    .replace("&", "&amp;")
                                    .replace("\"", "&quot;")
                                    .replace("<", "&lt;")
                            + "\"/></partial-response>");
        } else {
            // The same address again, now without a session: the sign-in starts over at Keycloak.
            String query = request.getQueryString();
            boolean get = "GET".equals(request.getMethod());
            response.sendRedirect(
                    get && query != null
                            ? request.getRequestURI() + "?" + query
                            : get ? request.getRequestURI() : request.getContextPath() + "/");
        }
    }
}
