package org.rocbap.survey.api.shared;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;
import org.rocbap.survey.web.shared.Problem;

/**
 * Refuses a change through the API that comes without a bearer token. The API also accepts the
 * browser's session cookie (the pages' download links use it), and a browser sends that cookie along
 * with a request another site's page makes; such a page cannot add an {@code Authorization} header,
 * so asking for one (or a personal link's {@link #REPLY_LINK} header) on every change closes the way
 * to cross-site request forgery.
 */
@Provider
public class BearerForChanges implements ContainerRequestFilter {

    /**
     * The header that carries a personal link's token ({@code ReplyLinkResource}): like a bearer token,
     * a header another site's page cannot add without the browser asking this server first.
     */
    public static final String REPLY_LINK = "Reply-Link";

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        if (!SAFE.contains(request.getMethod()) && !bearer && request.getHeaderString(REPLY_LINK) == null) {
            request.abortWith(Problem.response(
                    Response.Status.FORBIDDEN,
                    "Bearer token required",
                    "Changes through the API need an Authorization: Bearer token; a session cookie alone"
                            + " only reads.",
                    List.of()));
        }
    }
}
